import Assessment
import Scoring
import Testing

@Suite struct AgreementNotesTests {}

// MARK: - Refusals

extension AgreementNotesTests {
  /// Assessments of two rubrics are refused, naming each rubric and its files.
  @Test func mixedRubricsAreRefused() throws {
    var other = AgreementFixture.assessment(by: "B", levels: ["invloed": 1])
    other.rubric.id = "iap2-spectrum"
    let items = [
      (AgreementFixture.assessment(by: "A", levels: ["invloed": 1]), "a.json"), (other, "b.json"),
    ]
    let expected = AgreementError.mixedRubrics([
      AgreementFixture.card.rubric.id: ["a.json"], "iap2-spectrum": ["b.json"],
    ])
    #expect(throws: expected) { try AgreementAnalysis().run(items) }
    #expect(expected.errorDescription?.contains("'iap2-spectrum' (b.json)") == true)
  }

  /// One assessor alone is refused; with the engine as coder it is enough.
  @Test func oneAssessorNeedsTheEngine() throws {
    let items = AgreementFixture.files([
      AgreementFixture.assessment(by: "A", levels: ["invloed": 2, "geld": 0])
    ])
    #expect(throws: AgreementError.tooFewCoders(coders: ["A"], withEngine: false)) {
      try AgreementAnalysis().run(items)
    }
    let report = try AgreementAnalysis(options: AgreementOptions(withEngine: true)).run(items)
    #expect(report.coders.map(\.name) == ["A", "engine"])
    #expect(report.overall.pairwise?.exactMatches == 0)
    #expect(report.overall.pairwise?.withinOneMatches == 2)
  }

  /// No assessments at all is refused.
  @Test func nothingToCompare() {
    #expect(throws: AgreementError.noAssessments) { try AgreementAnalysis().run([]) }
  }
}

// MARK: - Notes

extension AgreementNotesTests {
  /// A second assessment by the same person replaces the first, with a note.
  @Test func laterAssessmentReplacesEarlier() throws {
    let items = [
      (AgreementFixture.assessment(by: "A", levels: ["invloed": 0]), "a-old.json"),
      (AgreementFixture.assessment(by: "B", levels: ["invloed": 2]), "b.json"),
      (AgreementFixture.assessment(by: "A", levels: ["invloed": 2]), "a-new.json"),
    ]
    let report = try AgreementAnalysis().run(items)
    #expect(report.units.map(\.levels) == [[2, 2]])
    #expect(report.notes == [.replaced(plan: "plan.md", assessor: "A", file: "a-old.json")])
    #expect(report.plans.first?.assessors == ["A", "B"])
  }

  /// Two versions of one file name are two plans, labelled by their hash, with a note.
  @Test func planVersionsAreSeparatePlans() throws {
    let old = AgreementFixture.plan("wijk.md", sha: "aaaaaaaa11")
    let new = AgreementFixture.plan("wijk.md", sha: "bbbbbbbb22")
    let report = try AgreementAnalysis().run(
      AgreementFixture.files([
        AgreementFixture.assessment(by: "A", plan: old, levels: ["invloed": 1]),
        AgreementFixture.assessment(by: "B", plan: new, levels: ["invloed": 1]),
      ]))
    #expect(report.plans.map(\.file) == ["wijk.md (aaaaaaaa)", "wijk.md (bbbbbbbb)"])
    #expect(report.notes == [.planVersions(file: "wijk.md", hashes: ["aaaaaaaa11", "bbbbbbbb22"])])
    #expect(report.overall.units == 0)
    #expect(report.overall.alphaGap == .tooFewUnits)
  }

  /// Different engine levels for one plan are noted; the latest assessment's counts.
  @Test func engineLevelChangeIsNoted() throws {
    let items = AgreementFixture.files([
      AgreementFixture.assessment(
        by: "B", levels: ["geld": 1], engine: ["geld": 2], date: "2026-12-01", rubricSHA: "new"),
      AgreementFixture.assessment(
        by: "A", levels: ["geld": 1], engine: ["geld": 0], date: "2026-11-01", rubricSHA: "old"),
    ])
    let report = try AgreementAnalysis(options: AgreementOptions(withEngine: true)).run(items)
    #expect(report.units.first?.levels == [1, 1, 2])
    let version = AgreementFixture.card.rubric.version
    #expect(
      report.notes == [
        .rubricChanged(plan: "plan.md", versions: ["\(version) (new)", "\(version) (old)"]),
        .engineLevelsDiffer(plan: "plan.md", criterion: "geld", levels: [0, 2], used: 2),
      ])
    #expect(report.notes.map(\.code) == ["rubric_changed", "engine_levels_differ"])
  }
}
