import Assessment
import Foundation
import Scoring
import Testing

@Suite struct CardMergerTests {}

extension CardMergerTests {
  /// The residents' median replaces the engine's level, and the grade follows it.
  @Test func residentsMedianDecidesTheGrade() throws {
    let card = AssessmentFixture.card()
    let assessments = [
      AssessmentFixture.assessment(of: card, by: "A", levels: ["invloed": 0, "geld": 2]),
      AssessmentFixture.assessment(of: card, by: "B", levels: ["invloed": 2, "geld": 2]),
      AssessmentFixture.assessment(of: card, by: "C", levels: ["invloed": 0]),
    ]
    let merged = try CardMerger(rubric: AssessmentFixture.rubric)
      .merge(card, with: assessments.map { ($0, "\($0.assessor).json") })
    let invloed = try #require(merged.criteria.first { $0.id == "invloed" })
    #expect(invloed.level == 0)
    #expect(invloed.assessment?.source == .residents)
    #expect(invloed.assessment?.judgements.map(\.level) == [0, 2, 0])
    #expect(invloed.assessment?.engineLevel == card.criteria.first { $0.id == "invloed" }?.level)
    // invloed 0 triggers the rubric's guard: at most 5.4.
    #expect(merged.grade <= 5.4)
    #expect(merged.cappedBy.contains { $0.criterion == "invloed" })
    #expect(merged.assessments?.engineGrade == card.grade)
    let expected = card.replacingLevels(
      Dictionary(
        uniqueKeysWithValues: card.criteria.map {
          ($0.id, $0.id == "invloed" ? 0 : $0.id == "geld" ? 2 : $0.level ?? 0)
        }), rubric: AssessmentFixture.rubric)
    #expect(merged.grade == expected.grade)
    #expect(
      invloed.levelDescription
        == expected.criteria.first { $0.id == "invloed" }?
        .levelDescription)
  }

  /// Where no resident judged a criterion, the engine's level counts and the card says so.
  @Test func engineIsTheFallback() throws {
    let card = AssessmentFixture.card()
    var partial = AssessmentFixture.assessment(of: card, by: "A", levels: ["vroeg": 0])
    partial.criteria = partial.criteria.filter { $0.id == "vroeg" }
    let merged = try CardMerger(rubric: AssessmentFixture.rubric)
      .merge(card, with: [(partial, "a.json")])
    let kaders = try #require(merged.criteria.first { $0.id == "kaders" })
    #expect(kaders.assessment?.source == .engine)
    #expect(kaders.assessment?.judgements == [])
    #expect(kaders.level == card.criteria.first { $0.id == "kaders" }?.level)
    #expect(merged.assessments?.assessors.first?.judged == 1)
  }

  /// A changed plan or rubric is noted; another rubric is refused.
  @Test func driftIsReported() throws {
    let card = AssessmentFixture.card()
    var old = AssessmentFixture.assessment(of: card, by: "A")
    old.plan.sha256 = "0000"
    old.rubric.sha256 = "1111"
    let merged = try CardMerger(rubric: AssessmentFixture.rubric).merge(card, with: [(old, "a")])
    let codes = merged.assessments?.assessors.first?.notes.map(\.code)
    #expect(codes == ["assessment_plan_changed", "assessment_rubric_changed"])
    old.rubric.id = "iap2-spectrum"
    #expect(throws: AssessmentError.self) {
      _ = try CardMerger(rubric: AssessmentFixture.rubric).merge(card, with: [(old, "a")])
    }
  }

  /// A later assessment by the same assessor replaces the earlier one.
  @Test func laterAssessmentReplacesEarlier() throws {
    let card = AssessmentFixture.card()
    let first = AssessmentFixture.assessment(of: card, by: "A", levels: ["vroeg": 0])
    let second = AssessmentFixture.assessment(of: card, by: "A", levels: ["vroeg": 2])
    let merged = try CardMerger(rubric: AssessmentFixture.rubric)
      .merge(card, with: [(first, "1.json"), (second, "2.json")])
    #expect(merged.criteria.first { $0.id == "vroeg" }?.level == 2)
    #expect(merged.assessments?.assessors.first?.notes.map(\.code) == ["assessment_replaced"])
  }

  /// An engine-only card has no merge fields in its JSON.
  @Test func engineCardJSONIsUnchanged() throws {
    let card = AssessmentFixture.card()
    let merged = try CardMerger(rubric: AssessmentFixture.rubric).merge(card, with: [])
    #expect(merged == card)
    let json = String(decoding: try JSONEncoder().encode(card), as: UTF8.self)
    #expect(!json.contains("\"assessment"))
  }
}
