import Foundation
import FuzzSupport
import PlanReading
import Scoring

/// The XML reader: an input is an `.xml` file in any schema (STOP/IMOP,
/// officiële publicaties, the project's own plan schema, any other XML), read
/// by `PlanReader.read(data:path:)` and, when it reads, scored with the
/// default rubric.
enum XMLHarness {
  /// The default rubric, compiled once for every input.
  static let scorer = PlanScorer(rubric: FuzzRubric.defaultRubric())

  /// Reads and scores one input; a thrown reading error is a correct outcome.
  static func test(_ data: Data) {
    guard let document = try? PlanReader().read(data: data, path: "fuzz-plan.xml") else { return }
    _ = scorer.score(document)
  }
}
