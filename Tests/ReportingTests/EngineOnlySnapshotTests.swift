import Foundation
import PlanReading
import Reporting
import Scoring
import TestSupport
import Testing

/// Engine-only reports compared with golden files recorded before merged
/// cards existed, so the merged-card code cannot change a byte of them.
@Suite struct EngineOnlySnapshotTests {}

extension EngineOnlySnapshotTests {
  /// An engine-only card with evidence, a discounted match, advice and a guard.
  static func card() -> Scorecard {
    ReportFixture.card(
      [
        ReportFixture.Sentence.consult, ReportFixture.Sentence.budget,
        "Bewoners beslissen niet over het plein.",
      ],
      title: "Wijkplan Holtenbroek", municipality: "Zwolle", area: "Holtenbroek", year: 2025)
  }

  /// Compares `text` with a golden file; `RECORD_SNAPSHOTS=1` writes it instead.
  static func assertSnapshot(_ text: String, named name: String) throws {
    #expect(try GoldenFile.matches(text, named: name), "\(name) differs from the golden file")
  }
}

extension EngineOnlySnapshotTests {
  /// Text, Markdown, HTML and JSON of an engine-only card are the same bytes as before.
  @Test func cardFormatsAreUnchanged() throws {
    let card = Self.card()
    try Self.assertSnapshot(try TextRenderer(language: .nl).render([card]), named: "card.nl.txt")
    try Self.assertSnapshot(try TextRenderer(language: .en).render([card]), named: "card.en.txt")
    try Self.assertSnapshot(try MarkdownRenderer(language: .nl).render([card]), named: "card.md")
    try Self.assertSnapshot(try HTMLRenderer(language: .nl).render([card]), named: "card.html")
    try Self.assertSnapshot(try JSONRenderer().render([card]), named: "card.json")
  }

}
