import Batch
import Foundation
import Reporting
import Scoring
import TestSupport
import Testing

@Suite struct RankingTests {}

extension RankingTests {
  /// A plan with a set grade and levels for `invloed` and `terugkoppeling`.
  static func plan(_ name: String, grade: Double, invloed: Int?, terugkoppeling: Int?) -> ScoredPlan
  {
    var plan = ReportFixture.plan(
      "\(name).txt", [ReportFixture.Sentence.consult], municipality: name)
    plan.scorecard.grade = grade
    plan.scorecard.criteria[0].id = "invloed"
    plan.scorecard.criteria[0].level = invloed
    plan.scorecard.criteria[2].id = "terugkoppeling"
    plan.scorecard.criteria[2].level = terugkoppeling
    return plan
  }

  /// Grade first, then invloed, then terugkoppeling, then the name; plans level
  /// on grade and both criteria share a place.
  @Test func tieBreaks() {
    let ranking = Ranking([
      Self.plan("Delft", grade: 6.0, invloed: 1, terugkoppeling: 2),
      Self.plan("Breda", grade: 7.0, invloed: 1, terugkoppeling: 1),
      Self.plan("Assen", grade: 6.0, invloed: 1, terugkoppeling: 2),
      Self.plan("Emmen", grade: 6.0, invloed: 2, terugkoppeling: 0),
      Self.plan("Cuijk", grade: 6.0, invloed: 1, terugkoppeling: 1),
      Self.plan("Venlo", grade: 6.0, invloed: nil, terugkoppeling: 2),
      Self.plan("Aalst", grade: 3.0, invloed: 2, terugkoppeling: 2),
    ])
    #expect(
      ranking.entries.map(\.plan.label) == [
        "Breda", "Emmen", "Assen", "Delft", "Cuijk", "Venlo", "Aalst",
      ])
    #expect(ranking.entries.map(\.place) == [1, 2, 3, 3, 5, 6, 7])
  }

  /// Other tie-break criteria can be given (here the test rubric's own).
  @Test func customTieBreakers() {
    let low = ReportFixture.plan("b.txt", [ReportFixture.Sentence.consult], municipality: "B")
    var high = ReportFixture.plan("a.txt", [ReportFixture.Sentence.consult], municipality: "A")
    high.scorecard.criteria[1].level = 2
    var lowTied = low
    lowTied.scorecard.grade = high.scorecard.grade
    let byMoney = Ranking([lowTied, high], tieBreakers: ["money"])
    #expect(byMoney.entries.map(\.plan.label) == ["A", "B"])
    #expect(byMoney.entries.map(\.place) == [1, 2])
  }

  /// A plan without a municipality is listed under its file name.
  @Test func labels() {
    #expect(ReportFixture.plan("map/plan.txt", []).label == "plan.txt")
    #expect(
      ReportFixture.plan("p.txt", [], municipality: "Zwolle", area: "Holtenbroek").label
        == "Zwolle – Holtenbroek")
  }
}
