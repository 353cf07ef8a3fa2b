import Foundation
import PlanReading

/// The HTML reader: an input is an `.html` page as residents save it from a
/// browser (any charset the reader sniffs, navigation and other page parts
/// around the plan), read by `PlanReader.read(data:path:)`. Scoring what a
/// reader returns is fuzzed by `fuzz-plain-text` and `fuzz-xml`.
enum HTMLHarness {
  /// Reads one input; a thrown reading error is a correct outcome.
  static func test(_ data: Data) {
    _ = try? PlanReader().read(data: data, path: "fuzz-plan.html")
  }
}
