import Assessment
import Foundation
import PlanReading
import Reporting
import Scoring
import Testing

@testable import Batch

@Suite struct BatchAssessmentTests {}

extension BatchAssessmentTests {
  /// The engine's card of a plan as the batch scores it.
  static func card(_ file: String, _ data: Data) throws -> Scorecard {
    PlanScorer(rubric: BatchFixture.rubric).score(try PlanReader().read(data: data, path: file))
  }

  /// An assessment of a plan in the mixed folder, by `assessor`.
  static func assessment(
    of file: String, by assessor: String, date: String = "2026-11-29", levels: [String: Int]
  ) throws -> Data {
    let data = try #require(BatchFixture.mixedFolder[file])
    let assessment = Assessment(
      card: try card(file, data), assessor: assessor, date: date, language: "nl",
      levels: levels, remarks: ["influence": "Zie paragraaf 2."])
    return AssessmentFile.encode(assessment)
  }

  /// An assessment folder: Holtenbroek judged by two residents (one file in a
  /// subfolder), Arnhem by one whose plan has changed since, and three files
  /// that cannot be used: broken JSON, another rubric, and no such plan.
  static func assessments() throws -> [String: Data] {
    var otherRubric = try AssessmentFile.decode(
      try assessment(of: "arnhem.txt", by: "Cas", levels: [:]), path: "x")
    otherRubric.rubric.id = "lsa-participatie"
    var noPlan = otherRubric
    noPlan.rubric.id = BatchFixture.rubric.id
    noPlan.plan.source = "utrecht/elders.md"
    noPlan.plan.sha256 = String(repeating: "0", count: 64)
    var changed = try AssessmentFile.decode(
      try assessment(of: "arnhem.txt", by: "Bram", levels: ["influence": 2]), path: "x")
    changed.plan.sha256 = String(repeating: "1", count: 64)
    return [
      "anna.json": try assessment(of: "zwolle/holtenbroek.md", by: "Anna", levels: ["money": 0]),
      "wijkraad/dirk.json": try assessment(
        of: "zwolle/holtenbroek.md", by: "Dirk", date: "2026-12-01", levels: ["money": 0]),
      "bram.json": AssessmentFile.encode(changed),
      "kapot.json": Data("{\"format\": 1,\n  \"type\": }\n".utf8),
      "ander-kader.json": AssessmentFile.encode(otherRubric),
      "geen-plan.json": AssessmentFile.encode(noPlan),
      ".verborgen.json": Data("niet gelezen".utf8),
    ]
  }
}

extension BatchAssessmentTests {
  /// Matched assessments are merged (by bytes, or by name with a note); the
  /// unusable files are failures named after the folder, and the rest of the
  /// run is not affected.
  @Test func mergesAndListsUnusableFiles() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let folder = try BatchFixture.temporaryFolder("beoordelingen")
    try BatchFixture.write(try Self.assessments(), into: folder)
    let output = try BatchFixture.temporaryFolder("out")
    let outcome = try await BatchFixture.run(input, into: output) { $0.assessments = folder }

    #expect(outcome.plans.count == 3)
    let name = folder.lastPathComponent
    let unused = outcome.failures.filter(\.isAssessment)
    #expect(
      unused.map(\.file)
        == ["ander-kader.json", "geen-plan.json", "kapot.json"].map {
          "\(name)/\($0)"
        })
    #expect(
      unused.map(\.code) == [
        "assessment_other_rubric", "assessment_no_plan", "assessment_not_json",
      ])
    #expect(unused[2].message.contains("\(name)/kapot.json: not valid JSON"))

    let zwolle = try #require(outcome.plans.first { $0.file == "zwolle/holtenbroek.md" })
    #expect(zwolle.scorecard.assessments?.assessors.map(\.name) == ["Anna", "Dirk"])
    #expect(zwolle.scorecard.assessments?.assessors.last?.file == "\(name)/wijkraad/dirk.json")
    #expect(zwolle.level(of: "money") == 0)
    let arnhem = try #require(outcome.plans.first { $0.file == "arnhem.txt" })
    #expect(arnhem.level(of: "influence") == 2)
    #expect(
      arnhem.scorecard.assessments?.assessors.first?.notes.map(\.code) == [
        "assessment_plan_changed"
      ])
    let utrecht = try #require(outcome.plans.first { $0.file == "utrecht/overvecht.xml" })
    #expect(utrecht.scorecard.assessments == nil)

    let errors = try BatchFixture.text(BatchLayout.errors, in: output)
    #expect(errors.contains("\"file\" : \"\(name)/kapot.json\""))
    #expect(errors.contains("\"file\" : \"kapot.xml\""))
    let report = try BatchFixture.text("plans/zwolle/holtenbroek.md.json", in: output)
    #expect(report.contains("\"source\" : \"residents\""))
  }

  /// The cache keeps the engine's card: a changed assessment changes the
  /// card on the next run, though every plan comes from the cache.
  @Test func changedAssessmentIsNeverStale() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let folder = try BatchFixture.temporaryFolder("beoordelingen")
    let file = "zwolle/holtenbroek.md"
    try BatchFixture.write(
      ["anna.json": try Self.assessment(of: file, by: "Anna", levels: ["money": 0])], into: folder)
    let output = try BatchFixture.temporaryFolder("out")
    let first = try await BatchFixture.run(input, into: output) { $0.assessments = folder }
    #expect(first.plans.first { $0.file == file }?.level(of: "money") == 0)

    try BatchFixture.write(
      ["anna.json": try Self.assessment(of: file, by: "Anna", levels: ["money": 1])], into: folder)
    let second = try await BatchFixture.run(input, into: output) { $0.assessments = folder }
    #expect(second.cached == 3)
    #expect(second.plans.first { $0.file == file }?.level(of: "money") == 1)

    let fresh = try BatchFixture.temporaryFolder("out")
    _ = try await BatchFixture.run(input, into: fresh) {
      $0.assessments = folder
      $0.cache = nil
    }
    #expect(try BatchFixture.contents(of: fresh) == BatchFixture.contents(of: output))
  }

  /// Shards merged give the same outputs as one run, each unusable
  /// assessment listed once.
  @Test func shardsListEachUnusableFileOnce() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let folder = try BatchFixture.temporaryFolder("beoordelingen")
    try BatchFixture.write(try Self.assessments(), into: folder)
    let whole = try BatchFixture.temporaryFolder("whole")
    _ = try await BatchFixture.run(input, into: whole) { $0.assessments = folder }
    var shards: [URL] = []
    for index in 1...3 {
      let shard = try BatchFixture.temporaryFolder("shard")
      _ = try await BatchFixture.run(input, into: shard) {
        $0.assessments = folder
        $0.shard = try? Shard(index: index, count: 3)
      }
      shards.append(shard)
    }
    let merged = try BatchFixture.temporaryFolder("merged")
    _ = try BatchMerger(inputs: shards, output: merged).merge()
    for name in [BatchLayout.summary, BatchLayout.results, BatchLayout.index, BatchLayout.errors] {
      #expect(
        try BatchFixture.text(name, in: merged) == BatchFixture.text(name, in: whole),
        "\(name) differs")
    }
  }

  /// A missing assessment folder stops the run before anything is scored.
  @Test func missingFolderIsAnError() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    await #expect(throws: BatchError.notAnAssessmentFolder(path: "/nonexistent/beoordelingen")) {
      _ = try await BatchFixture.run(input, into: try BatchFixture.temporaryFolder("out")) {
        $0.assessments = URL(fileURLWithPath: "/nonexistent/beoordelingen")
      }
    }
  }
}
