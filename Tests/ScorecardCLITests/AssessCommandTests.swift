import Assessment
import Foundation
import TestSupport
import Testing

@Suite struct AssessCommandTests {
  /// The sample plan every test assesses.
  static let plan = Fixtures.packageRoot
    .appendingPathComponent(
      "SamplePlans/nl-deventer-rivierenwijk-wijkprogramma-adviesrecht-reactienota.md"
    ).path
  /// The default file name for assessor "Fatima el Amrani" in the working folder.
  static let defaultFile =
    "nl-deventer-rivierenwijk-wijkprogramma-adviesrecht-reactienota.fatima-el-amrani"
    + ".assessment.json"

  /// A new empty working folder.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-assess-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// What `score --format json` says of the plan: the criterion ids and levels in
  /// order, and the plan's SHA-256.
  static func engine() throws -> (ids: [String], levels: [Int?], sha256: String) {
    let result = try CommandRunner.run(["score", plan, "--format", "json"])
    let card = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let criteria = try #require(card["criteria"] as? [[String: Any]])
    let plan = try #require(card["plan"] as? [String: Any])
    return (
      criteria.compactMap { $0["id"] as? String }, criteria.map { $0["level"] as? Int },
      try #require(plan["sha256"] as? String)
    )
  }

  /// The files in `folder`.
  static func files(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }
}

extension AssessCommandTests {
  /// A full run on stdin writes a file that reads back with the levels, remarks and plan hash.
  @Test func fullRunWritesTheAssessment() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let engine = try Self.engine()
    let other = engine.levels[1] == 0 ? 2 : 0
    let answers =
      ["Fatima el Amrani", "", "Eerste avond was al na het concept.", "\(other)", "Alleen advies."]
      + Array(repeating: "", count: 2 * (engine.ids.count - 2)) + ["j"]
    let result = try CommandRunner.run(
      ["assess", Self.plan, "--date", "2026-05-01"],
      stdin: answers.joined(separator: "\n") + "\n", directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasSuffix("Bewaard in \(Self.defaultFile).\n"))
    #expect(try Self.files(in: folder) == [Self.defaultFile])
    let assessment = try AssessmentFile.load(from: folder.appendingPathComponent(Self.defaultFile))
    #expect(assessment.assessor == "Fatima el Amrani")
    #expect(assessment.date == "2026-05-01")
    #expect(assessment.plan.sha256 == engine.sha256)
    #expect(assessment.criteria.map(\.id) == engine.ids)
    #expect(assessment.criteria.map(\.engineLevel) == engine.levels)
    for (index, criterion) in assessment.criteria.enumerated() {
      #expect(criterion.level == (index == 1 ? other : engine.levels[index]))
      #expect(criterion.agreesWithEngine == (index != 1))
    }
    #expect(assessment.criteria[0].remark == "Eerste avond was al na het concept.")
    #expect(assessment.criteria[1].remark == "Alleen advies.")
    #expect(assessment.criteria.dropFirst(2).allSatisfy { $0.remark == nil })
  }

  /// `7` and an empty name get a message and the same question again; the run still saves.
  @Test func invalidInputIsAskedAgain() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let count = try Self.engine().ids.count
    let answers =
      ["", "Fatima el Amrani", "7", "x", "1", ""]
      + Array(repeating: "", count: 2 * (count - 1)) + ["j"]
    let result = try CommandRunner.run(
      ["assess", Self.plan], stdin: answers.joined(separator: "\n") + "\n", directory: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Je hebt niets getypt. Je naam is nodig voor het bestand."))
    #expect(result.stdout.contains("Je typte \"7\". Dat kan hier niet. Typ 0, 1 of 2"))
    #expect(result.stdout.contains("Je typte \"x\". Dat kan hier niet. Typ 0, 1 of 2"))
    let prompts = result.stdout.components(separatedBy: "Wat is je naam (of je initialen)? ")
    #expect(prompts.count - 1 == 2)
    let firstQuestion = result.stdout.components(separatedBy: "Vraag 2 van").first ?? ""
    #expect(firstQuestion.components(separatedBy: "Jouw oordeel (").count - 1 == 3)
    #expect(
      try AssessmentFile.load(from: folder.appendingPathComponent(Self.defaultFile))
        .criteria[0].level == 1)
  }

  /// Input that ends before the end writes nothing and exits 1 with a clear message.
  @Test func inputEndingEarlyWritesNothing() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CommandRunner.run(
      ["assess", Self.plan, "--assessor", "Ria"], stdin: "\n\n1\n", directory: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("De invoer stopte bij vraag 2 van"))
    #expect(result.stderr.contains("Er is niets bewaard."))
    #expect(try Self.files(in: folder).isEmpty)
  }

  /// `n` at the confirmation writes nothing and exits 1.
  @Test func declineWritesNothing() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let count = try Self.engine().ids.count
    let result = try CommandRunner.run(
      ["assess", Self.plan, "--assessor", "Ria", "--lang", "en"],
      stdin: String(repeating: "\n", count: 2 * count) + "n\n", directory: folder)
    #expect(result.status == 1)
    #expect(result.stdout.hasSuffix("Not saved. Nothing was written.\n"))
    #expect(try Self.files(in: folder).isEmpty)
  }
}
