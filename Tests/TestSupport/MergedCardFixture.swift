import Assessment
import Foundation
import Scoring

/// A card merged with two residents' assessments, made with the test rubric.
///
/// The engine finds influence 1, money 1 and feedback 0. Anna gives influence
/// 2 (with a remark) and keeps money at 1; Bram, who assessed an older
/// version of the plan, gives influence 2. Nobody judges feedback. So the
/// card has influence 2 and money 1 from the residents, feedback 0 from the
/// engine.
public enum MergedCardFixture {
  /// Anna's remark on influence.
  public static let remark = "Staat in hoofdstuk 3: de wijkraad beslist."

  /// The engine's card.
  public static func engineCard() -> Scorecard {
    ReportFixture.card(
      [ReportFixture.Sentence.consult, ReportFixture.Sentence.budget],
      title: "Wijkplan Holtenbroek", municipality: "Zwolle", area: "Holtenbroek", year: 2025)
  }

  /// The merged card; `name` and `remark` replace Anna's name and remark.
  public static func card(name: String = "Anna", remark: String = MergedCardFixture.remark) throws
    -> Scorecard
  {
    let engine = engineCard()
    var anna = Assessment(
      card: engine, assessor: name, date: "2026-11-29", language: "nl",
      levels: ["influence": 2], remarks: ["influence": remark])
    anna.criteria.removeAll { $0.id == "feedback" }
    var bram = Assessment(
      card: engine, assessor: "Bram", date: "2026-11-30", language: "nl",
      levels: ["influence": 2])
    bram.criteria.removeAll { $0.id != "influence" }
    bram.plan.sha256 = "0123"
    return try CardMerger(rubric: ReportFixture.rubric)
      .merge(engine, with: [(anna, "anna.json"), (bram, "bram.json")])
  }
}
