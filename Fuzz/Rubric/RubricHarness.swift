import Foundation
import FuzzSupport
import PlanReading
import Scoring

/// The rubric loader: an input is a rubric file, parsed, read and validated
/// by `Rubric.check(data:source:)`. A rubric without errors is compiled and
/// scores a short fixed plan, so a rubric the validator lets through cannot
/// trap the engine.
enum RubricHarness {
  /// The plan every rubric that loads is tried on, read once.
  static let document = FuzzPlan.document()

  /// Checks one input and, when it is a valid rubric, scores with it.
  static func test(_ data: Data) {
    let check = Rubric.check(data: data, source: "fuzz-rubric.json")
    guard let rubric = check.rubric else {
      precondition(!check.errors.isEmpty, "a rubric that does not load must say why")
      return
    }
    _ = PlanScorer(rubric: rubric).score(document)
  }
}
