import Foundation
import TestSupport
import Testing

/// The examples the README shows run as shown, so they cannot go stale.
@Suite struct DocumentedExampleTests {}

extension DocumentedExampleTests {
  /// The three example answers files make assessments whose agreement is the README's.
  @Test func agreementExampleRunsAsDocumented() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-example-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = "SamplePlans/nl-deventer-rivierenwijk-wijkprogramma-adviesrecht-reactienota.md"
    var files: [String] = []
    for name in ["Anna", "Bram", "Cor"] {
      let file = folder.appendingPathComponent("\(name.lowercased()).json").path
      let result = try CommandRunner.run([
        "assess", plan, "--assessor", name, "--date", "2026-11-29", "--out", file,
        "--answers", "docs/examples/deventer-\(name.lowercased()).answers.txt",
      ])
      #expect(result.status == 0, "\(result.stderr)")
      files.append(file)
    }
    let agreement = try CommandRunner.run(["agreement"] + files)
    #expect(agreement.status == 0, "\(agreement.stderr)")
    #expect(agreement.stdout.contains("Jullie zijn het eens over 3 van de 9 vragen."))
    #expect(agreement.stdout.contains("15 van de 27 keer hetzelfde niveau (56%)"))
    #expect(agreement.stdout.contains("Krippendorffs alfa is 0,67: redelijk."))
    let readme = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    for line in agreement.stdout.split(separator: "\n").prefix(20) where line.count < 150 {
      #expect(readme.contains(line), "README lacks: \(line)")
    }
  }
}
