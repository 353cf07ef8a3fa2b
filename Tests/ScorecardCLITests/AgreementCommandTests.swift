import Assessment
import Foundation
import PlanReading
import Scoring
import TestSupport
import Testing

@Suite struct AgreementCommandTests {}

// MARK: - Fixture

extension AgreementCommandTests {
  /// The small test rubric.
  static let rubricPath = Fixtures.path("rubrics/test-rubric.json")

  /// A folder with the plan, its engine card and assessments by three residents:
  /// influence 2 / 1 / 0, money 2 / 2 / 2, feedback 0 / 0 / 1.
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-agreement-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let plan = folder.appendingPathComponent("wijkplan.txt")
    try Data("Bewoners beslissen over het wijkbudget van € 40.000.\n".utf8).write(to: plan)
    let rubric = try Rubric(contentsOf: URL(fileURLWithPath: rubricPath))
    let card = PlanScorer(rubric: rubric).score(try PlanReader().read(fileAt: plan.path))
    let answers: [(String, [String: Int], [String: String])] = [
      ("Anna", ["influence": 2, "money": 2, "feedback": 0], [:]),
      ("Bram", ["influence": 1, "money": 2, "feedback": 0], ["influence": "Alleen het budget."]),
      ("Cor", ["influence": 0, "money": 2, "feedback": 1], ["influence": "=SUM(A1)"]),
    ]
    for (name, levels, remarks) in answers {
      let assessment = Assessment(
        card: card, assessor: name, date: "2026-11-29", language: "nl", levels: levels,
        remarks: remarks)
      try AssessmentFile.write(
        assessment, to: folder.appendingPathComponent("\(name.lowercased()).json"))
    }
    return folder
  }

  /// The three assessment files of `folder`.
  static func files(_ folder: URL) -> [String] {
    ["anna", "bram", "cor"].map { folder.appendingPathComponent("\($0).json").path }
  }
}

// MARK: - Runs

extension AgreementCommandTests {
  /// Text in Dutch: the plain-words headline and the widest disagreement with
  /// the remark; exit 0.
  @Test func dutchText() throws {
    let folder = try Self.folder()
    let result = try CommandRunner.run(["agreement"] + Self.files(folder))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Jullie zijn het eens over 1 van de 3 vragen."))
    #expect(result.stdout.contains("Bram: 1 — “Alleen het budget.”"))
    #expect(result.stdout.contains("De scorecard gaf 2."))
  }

  /// JSON is deterministic and the figures match the hand computation: 3
  /// units × 3 pairs = 9 pairs, exact 3 (money) + 1 (feedback Anna–Bram) = 4.
  @Test func jsonFigures() throws {
    let folder = try Self.folder()
    let arguments = ["agreement", "--format", "json"] + Self.files(folder)
    let first = try CommandRunner.run(arguments)
    let second = try CommandRunner.run(arguments)
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
    let overall = try #require(object["overall"] as? [String: Any])
    #expect(overall["pairs"] as? Int == 9)
    #expect(overall["exact_matches"] as? Int == 4)
    #expect(overall["within_one_matches"] as? Int == 8)
    #expect(overall["unanimous"] as? Int == 1)
  }

  /// `--with-engine` adds the engine; `--lang en` and `--output` write English to a file.
  @Test func withEngineInEnglishToFile() throws {
    let folder = try Self.folder()
    let output = folder.appendingPathComponent("agreement.md").path
    let result = try CommandRunner.run(
      ["agreement", "--with-engine", "--lang", "en", "--format", "markdown", "-o", output]
        + Self.files(folder))
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(text.contains("# Do you agree?"))
    #expect(text.contains("You and the scorecard agree on 1 of the 3 questions."))
    #expect(text.contains("| Question | Anna | Bram | Cor | scorecard | |"))
  }

  /// A broken file is named on stderr and in the report; the rest is used; exit 1.
  @Test func brokenFileExitsOne() throws {
    let folder = try Self.folder()
    let broken = folder.appendingPathComponent("kapot.json")
    try Data("{\"format\": 1,\n  \"type\": }\n".utf8).write(to: broken)
    let result = try CommandRunner.run(["agreement"] + Self.files(folder) + [broken.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("kapot.json: not valid JSON"))
    #expect(result.stdout.contains("Niet gelezen"))
    #expect(result.stdout.contains("Jullie zijn het eens over 1 van de 3 vragen."))
  }

  /// One assessor is a usage error (exit 2) that suggests `--with-engine`.
  @Test func oneAssessorExitsTwo() throws {
    let folder = try Self.folder()
    let result = try CommandRunner.run(["agreement", Self.files(folder)[0]])
    #expect(result.status == 2)
    #expect(result.stderr.contains("agreement needs at least two coders"))
    #expect(result.stderr.contains("--with-engine"))
  }

  /// CSV: byte order mark, `;`, CRLF and a decimal comma in Dutch.
  @Test func csvConventions() throws {
    let folder = try Self.folder()
    let result = try CommandRunner.run(["agreement", "--format", "csv"] + Self.files(folder))
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("\u{FEFF}soort;id;titel;vragen;eens;paren;gelijk_pct;"))
    #expect(result.stdout.contains("\r\ntotaal;overall;;3;1;9;44,4;88,9;"))
  }

  /// Assessments made with different rubrics are refused with exit 2, naming both.
  @Test func mixedRubricsExitTwo() throws {
    let folder = try Self.folder()
    let files = Self.files(folder)
    let url = URL(fileURLWithPath: files[2])
    var other = try AssessmentFile.load(from: url)
    other.rubric.id = "iap2-spectrum"
    try AssessmentFile.write(other, to: url)
    let result = try CommandRunner.run(["agreement"] + files)
    #expect(result.status == 2)
    #expect(result.stderr.contains("the assessments use different rubrics"))
    #expect(result.stderr.contains("'iap2-spectrum' (\(files[2]))"))
    #expect(result.stdout.isEmpty)
  }
}
