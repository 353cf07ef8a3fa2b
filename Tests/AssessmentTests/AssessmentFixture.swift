import Assessment
import Foundation
import PlanReading
import Scoring
import TestSupport

/// Engine scorecards of the sample plans with the default rubric, and
/// assessments made from them, for the assessment tests.
enum AssessmentFixture {
  /// The default rubric.
  static let rubric: Rubric = {
    do {
      return try RubricCatalog.load(nil)
    } catch {
      preconditionFailure("the default rubric must load: \(error)")
    }
  }()

  /// The sample plan scored in most tests: advisory rights and a reactienota.
  static let samplePlan =
    "SamplePlans/nl-deventer-rivierenwijk-wijkprogramma-adviesrecht-reactienota.md"

  /// The engine's scorecard of a sample plan.
  static func card(_ relativePath: String = samplePlan) -> Scorecard {
    let url = Fixtures.packageRoot.appendingPathComponent(relativePath)
    do {
      let document = try PlanReader().read(fileAt: url.path)
      return PlanScorer(rubric: rubric).score(document)
    } catch {
      preconditionFailure("the sample plan must read: \(error)")
    }
  }

  /// An assessment of `card` by `assessor` with some levels changed.
  static func assessment(
    of card: Scorecard, by assessor: String, levels: [String: Int] = [:],
    remarks: [String: String] = [:]
  ) -> Assessment {
    Assessment(
      card: card, assessor: assessor, date: "2026-11-29", language: "nl", levels: levels,
      remarks: remarks)
  }
}
