import Foundation
import PlanReading
import Scoring
import TestSupport
import Testing

/// The small test rubric (`Fixtures/rubrics/test-rubric.json`), its expected
/// model, and helpers that load edited copies of it.
enum TestRubric {
  /// The fixture file.
  static let url = Fixtures.url("rubrics/test-rubric.json")

  /// The fixture's text.
  static func text() throws -> String {
    try String(contentsOf: url, encoding: .utf8)
  }

  /// The fixture's text with each `(old, new)` replacement applied; records
  /// an issue when `old` does not occur exactly once, so a test cannot pass
  /// on an edit that silently did nothing.
  static func edited(
    _ replacements: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> String {
    var text = try text()
    for (old, new) in replacements {
      let count = text.components(separatedBy: old).count - 1
      #expect(
        count == 1, "`\(old)` occurs \(count) times in the fixture",
        sourceLocation: sourceLocation)
      text = text.replacingOccurrences(of: old, with: new)
    }
    return text
  }

  /// Checks a rubric given as text, under the name `test.json`.
  static func check(_ text: String) -> RubricCheck {
    Rubric.check(data: Data(text.utf8), source: "test.json")
  }

  /// A text in Dutch and English.
  static func text(_ nl: String, _ en: String) -> LocalizedText {
    LocalizedText([.nl: nl, .en: en])
  }
}
