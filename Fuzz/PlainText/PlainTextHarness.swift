import Foundation
import FuzzSupport
import PlanReading
import Scoring

/// The plain-text and Markdown reader: an input is a `.md` file (front matter,
/// any encoding the reader sniffs), read by `PlanReader.read(data:path:)` and,
/// when it reads, scored with the default rubric.
enum PlainTextHarness {
  /// The default rubric, compiled once for every input.
  static let scorer = PlanScorer(rubric: FuzzRubric.defaultRubric())

  /// Reads and scores one input; a thrown reading error is a correct outcome.
  static func test(_ data: Data) {
    guard let document = try? PlanReader().read(data: data, path: "fuzz-plan.md") else { return }
    _ = scorer.score(document)
  }
}
