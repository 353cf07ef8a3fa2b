import Assessment
import Scoring
import Testing

@Suite struct RubricFeedbackTests {}

extension RubricFeedbackTests {
  /// Per criterion × indicator: kept, overruled up and down, sorted by
  /// overrule rate, then count, then rubric order and name; "no indicator
  /// fired" per criterion counts higher levels; a level whose quotes all
  /// failed a condition cannot be attributed and is left out.
  @Test func countsAndOrder() throws {
    let consult = AgreementFixture.quote(
      "Bewoners mogen meepraten.", line: 3, group: "raadplegen", indicator: "meepraten")
    let advise = AgreementFixture.quote(
      "Bewoners geven advies.", line: 5, group: "adviseren", indicator: "advies")
    let consultAgain = AgreementFixture.quote(
      "Ook later mogen bewoners meepraten.", line: 9, group: "raadplegen", indicator: "meepraten")
    let early = AgreementFixture.quote(
      "Vanaf het begin zaten bewoners aan tafel.", line: 2, group: "vroeg-betrokken",
      indicator: "vanaf het begin")
    let hedged = AgreementFixture.quote(
      "Waar mogelijk maken we afspraken.", line: 7, group: "kaders-afspraken",
      indicator: "afspraken", failed: ["not_hedged"])
    let engine: [String: Int?] = ["vroeg": 2, "invloed": 1, "kaders": 1, "geld": 0, "evaluatie": 0]
    let quotes = [
      "vroeg": [early], "invloed": [consult, advise, consultAgain], "kaders": [hedged],
    ]
    let rows: [(String, [String: Int])] = [
      ("A", ["vroeg": 2, "invloed": 1, "kaders": 2, "geld": 0, "evaluatie": 0]),
      ("B", ["vroeg": 2, "invloed": 2, "kaders": 2, "geld": 1, "evaluatie": 0]),
      ("C", ["vroeg": 2, "invloed": 0, "kaders": 2, "geld": 2, "evaluatie": 0]),
    ]
    let assessments = rows.map { name, levels in
      AgreementFixture.assessment(by: name, levels: levels, engine: engine, quotes: quotes)
    }
    let report = try AgreementAnalysis(options: AgreementOptions(rubricFeedback: true))
      .run(AgreementFixture.files(assessments))
    let feedback = try #require(report.rubricFeedback)
    #expect(
      feedback.indicators.map { "\($0.criterion)/\($0.group)/\($0.indicator)" } == [
        "invloed/adviseren/advies", "invloed/raadplegen/meepraten",
        "vroeg/vroeg-betrokken/vanaf het begin",
      ])
    // Each judgement counts once per indicator, even when it has two quotes.
    #expect(feedback.indicators.map(\.kept) == [1, 1, 3])
    #expect(feedback.indicators.map(\.overruledUp) == [1, 1, 0])
    #expect(feedback.indicators.map(\.overruledDown) == [1, 1, 0])
    #expect(abs(feedback.indicators[0].overruleRate - 2.0 / 3.0) < 1e-12)
    #expect(feedback.unfired.map(\.criterion) == ["geld", "evaluatie"])
    #expect(feedback.unfired.map(\.higher) == [2, 0])
    #expect(feedback.unfired.map(\.kept) == [1, 3])
  }

  /// Without the option there is no feedback in the report.
  @Test func onlyWhenAsked() throws {
    let report = try AgreementAnalysis().run(
      AgreementFixture.files(AgreementFiguresTests.threeAssessors))
    #expect(report.rubricFeedback == nil)
  }
}
