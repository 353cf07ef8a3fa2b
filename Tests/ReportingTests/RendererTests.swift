import Foundation
import PlanReading
import Reporting
import Scoring
import TestSupport
import Testing

@Suite struct RendererTests {}

extension RendererTests {
  /// Scores paragraphs, given as blocks as they are (no reader in between).
  static func card(_ paragraphs: [String]) throws -> Scorecard {
    let rubric = try Rubric(contentsOf: Fixtures.url("rubrics/test-rubric.json"))
    let blocks = paragraphs.enumerated().map { index, text in
      Block(kind: .paragraph, text: text, headingPath: ["Plan"], location: .init(line: index + 1))
    }
    let document = PlanDocument(
      metadata: PlanMetadata(
        language: .nl, languageDetected: false, sourcePath: "plan.txt", sha256: "0",
        format: .plainText),
      blocks: blocks)
    return PlanScorer(rubric: rubric).score(document)
  }

  /// JSON is byte-identical across runs and round-trips into the same scorecard.
  @Test func jsonIsStable() throws {
    let card = try Self.card(["Bewoners beslissen over het wijkbudget van € 40.000."])
    let first = try JSONRenderer().render([card])
    let second = try JSONRenderer().render([
      try Self.card(["Bewoners beslissen over het wijkbudget van € 40.000."])
    ])
    #expect(first == second)
    let decoded = try JSONDecoder().decode(Scorecard.self, from: Data(first.utf8))
    #expect(decoded == card)
  }

  /// Markdown escapes plan text, so it cannot inject links, HTML or emphasis.
  @Test func markdownEscapesPlanText() throws {
    let card = try Self.card([
      "Bewoners beslissen over [het plein](http://x) <script>*nu*</script>."
    ])
    let markdown = try MarkdownRenderer(language: .nl).render([card])
    #expect(markdown.contains("\\[het plein\\]\\(http://x\\) \\<script\\>\\*nu\\*\\</script\\>"))
    #expect(!markdown.contains("<script>"))
  }

  /// The text card shows the grade, the rung, each criterion and its advice, in the chosen language.
  @Test func textCardInBothLanguages() throws {
    let card = try Self.card(["Er is een wijkbudget."])
    let dutch = try TextRenderer(language: .nl).render([card])
    #expect(dutch.contains("Rapportcijfer: 2,3  onvoldoende"))
    #expect(dutch.contains("Wat de gemeente kan toevoegen:"))
    let english = try TextRenderer(language: .en).render([card])
    #expect(english.contains("Report grade: 2.3  fail"))
    #expect(english.contains("Money"))
  }

  /// Colour codes appear only when asked for.
  @Test func colourOnlyWhenAsked() throws {
    let card = try Self.card(["Er is een wijkbudget."])
    #expect(!(try TextRenderer(language: .nl, color: false).render([card])).contains("\u{1B}["))
    #expect(try TextRenderer(language: .nl, color: true).render([card]).contains("\u{1B}[1m"))
  }

  /// A residents'-body note is worded in Dutch from its arguments; English keeps the message.
  @Test func residentBodyNoteIsTranslated() throws {
    var card = try Self.card(["Er is een wijkbudget."])
    card.notes = [
      ScorecardNote(
        code: "resident_body", message: "“Buurtstichting Oost” (line 4) is taken to be …",
        arguments: [
          "name": "Buurtstichting Oost", "line": "4", "tie": "opgericht door bewoners",
          "noun": "Stichting",
        ])
    ]
    let dutch = try TextRenderer(language: .nl).render([card])
    #expect(dutch.contains("“Buurtstichting Oost” (regel 4) is opgevat als een organisatie"))
    let english = try TextRenderer(language: .en).render([card])
    #expect(english.contains("“Buurtstichting Oost” (line 4) is taken to be …"))
  }
}
