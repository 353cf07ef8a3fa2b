import Foundation
import PlanReading
import TestSupport
import Testing

/// The malformed-input corpus (`Tests/TestSupport/Fixtures/Malformed/`, made
/// by its `generate.py`): plans (text and every XML schema), rubrics,
/// assessments, answers files and `plans.csv` manifests, each broken in one
/// way. Every file goes through the command named in `expected.tsv` and must
/// give the exit code and message fragment listed there, and none may crash
/// or show system internals.
@Suite struct MalformedInputTests {}

/// One row of `expected.tsv`.
struct MalformedCase: CustomTestStringConvertible, Sendable {
  /// The file (or, for `batch`, the folder) relative to `Malformed/`.
  var file: String
  /// How the file is given to the tool.
  var command: String
  /// The exit code.
  var status: Int32
  /// A fragment of standard output or standard error.
  var fragment: String
  var testDescription: String { "\(command) \(file)" }
}

extension MalformedInputTests {
  /// The sample plan that rubrics, assessments and answers are tried on.
  static let plan =
    "SamplePlans/nl-deventer-rivierenwijk-wijkprogramma-adviesrecht-reactienota.md"

  /// The rows of the manifest.
  static let cases: [MalformedCase] = {
    let url = Fixtures.url("Malformed/expected.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#") else { return nil }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 4, let status = Int32(fields[2]) else { return nil }
      return MalformedCase(
        file: fields[0], command: fields[1], status: status, fragment: fields[3])
    }
  }()

  /// The placeholder in assessment fixtures for the SHA-256 of the default
  /// rubric, filled in when a case runs so that a change to the rubric does
  /// not turn every assessment into one of another rubric version.
  static let rubricHashPlaceholder = "@DEFAULT_RUBRIC_SHA256@"

  /// The SHA-256 of the bundled default rubric file.
  static var defaultRubricHash: String {
    get throws {
      SHA256Hex.of(
        try Data(
          contentsOf: Fixtures.packageRoot.appendingPathComponent("Rubrics/lsa-participatie.json")))
    }
  }

  /// An assessment fixture with the default rubric's hash filled in, in the scratch folder.
  static func assessmentFile(_ path: String, scratch: URL) throws -> String {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard let text = String(data: data, encoding: .utf8), text.contains(rubricHashPlaceholder)
    else { return path }
    let copy = scratch.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent)
    try Data(text.replacingOccurrences(of: rubricHashPlaceholder, with: try defaultRubricHash).utf8)
      .write(to: copy)
    return copy.path
  }

  /// The command line for a case.
  static func arguments(_ item: MalformedCase, scratch: URL) throws -> [String] {
    let path = Fixtures.path("Malformed/\(item.file)")
    switch item.command {
    case "read": return ["read", path]
    case "validate": return ["rubric", "validate", path]
    case "rubric": return ["score", plan, "--rubric", path]
    case "assessment":
      return ["score", plan, "--assessment", try assessmentFile(path, scratch: scratch)]
    case "answers":
      return [
        "assess", plan, "--assessor", "Test", "--answers", path,
        "--out", scratch.appendingPathComponent("test.assessment.json").path,
      ]
    case "batch":
      return ["batch", path, "--out", scratch.appendingPathComponent("out").path, "--quiet"]
    default: return ["score", path]
    }
  }

  /// The manifest covers at least 100 files of every kind.
  @Test func corpusIsComplete() {
    #expect(Self.cases.count >= 100)
    let commands = Set(Self.cases.map(\.command))
    #expect(commands.isSuperset(of: ["score", "validate", "assessment", "answers", "batch"]))
    for kind in ["text/", "xml/stop-", "xml/op-", "xml/plan-", "rubric/", "assessment/", "csv/"] {
      #expect(Self.cases.contains { $0.file.hasPrefix(kind) }, "no case under \(kind)")
    }
  }

  /// Each file gives its expected exit code and message, and nothing crashes.
  @Test(arguments: cases) func malformedInput(_ item: MalformedCase) throws {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-malformed-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let result = try CommandRunner.run(try Self.arguments(item, scratch: scratch))
    let output = result.stdout + result.stderr
    #expect(result.status == item.status, "\(result.stderr.prefix(600))")
    #expect(output.contains(item.fragment), "\(result.stderr.prefix(600))")
    for hidden in [
      "Fatal error", "NSCocoaErrorDomain", "XML_PARSE", "DecodingError", "Swift.", "CSVParseError",
      // libxml2's own lines on standard error.
      "encoding error :", "I/O error :", "parser error :",
    ] {
      #expect(!output.contains(hidden), "shows \(hidden)")
    }
  }
}
