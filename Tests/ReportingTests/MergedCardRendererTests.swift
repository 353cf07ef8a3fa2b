import Assessment
import Foundation
import Reporting
import Scoring
import TestSupport
import Testing

@Suite struct MergedCardRendererTests {}

// MARK: - Text

extension MergedCardRendererTests {
  /// The Dutch text card shows both grades, the assessors with their note and
  /// the rule, and per criterion the source, the engine's level and each
  /// resident's level and remark before the evidence.
  @Test func dutchText() throws {
    let text = try TextRenderer(language: .nl).render([try MergedCardFixture.card()])
    #expect(text.contains("Rapportcijfer: 7,4  voldoende"))
    #expect(text.contains("\nCijfer van de scorecard alleen: 4,9  onvoldoende\n"))
    #expect(text.contains("Beoordeeld door bewoners:\n  - Anna, 2026-11-29 (anna.json)\n"))
    #expect(
      text.contains(
        "  - Bram, 2026-11-30 (bram.json)\n    ! Het plan is veranderd sinds Bram het "
          + "beoordeelde op 2026-11-30."))
    #expect(text.contains("  Per criterium telt de mediaan van de bewoners"))
    #expect(text.contains("Invloed  (weegt ×2)  [bewoners (de scorecard gaf 1/2)]"))
    #expect(text.contains("Terugkoppeling  (weegt ×0,5)  [scorecard]"))
    #expect(
      text.contains(
        """
        1. Invloed — 2/2 Coproduceren of beslissen.
           Vraag: Hoeveel invloed krijgen bewoners?
           Bron: bewoners (de scorecard gaf 1/2)
           Bewoners:
             Anna: 2/2 — “\(MergedCardFixture.remark)”
             Bram: 2/2
           Bewijs uit het plan:
             “We raadplegen bewoners met een enquête.”
        """))
    #expect(text.contains("     Anna: 1/2 (eens met de scorecard)\n"))
    #expect(
      text.contains(
        "   Bron: scorecard\n   Geen bewoner gaf hier een oordeel; het niveau van de "
          + "scorecard telt.\n   Bewijs uit het plan:"))
  }

  /// The English text card uses the English labels, the engine's English note and rule.
  @Test func englishText() throws {
    let text = try TextRenderer(language: .en).render([try MergedCardFixture.card()])
    #expect(text.contains("Report grade: 7.4  pass"))
    #expect(text.contains("Engine's grade alone: 4.9  fail"))
    #expect(text.contains("Assessed by residents:"))
    #expect(text.contains("! The plan has changed since Bram assessed it on 2026-11-30"))
    #expect(text.contains("Each criterion takes the median of the residents' levels"))
    #expect(text.contains("[residents (the engine gave 1/2)]"))
    #expect(text.contains("   Source: engine\n   No resident judged this"))
    #expect(text.contains("     Anna: 1/2 (agrees with the engine)"))
  }

  /// Control characters in names and remarks (a terminal escape, a line
  /// break) are shown as spaces in the text card.
  @Test func textHasNoControlCharacters() throws {
    let card = try MergedCardFixture.card(
      name: "An\u{1B}[2Jna", remark: "regel een\nregel twee\u{07}")
    let text = try TextRenderer(language: .nl).render([card])
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\u{07}"))
    #expect(text.contains("An [2Jna: 2/2 — “regel een regel twee ”"))
  }
}

// MARK: - Markdown and JSON

extension MergedCardRendererTests {
  /// The Markdown card has source and engine columns, the assessors, the rule,
  /// and a table of levels and remarks per criterion.
  @Test func markdown() throws {
    let markdown = try MarkdownRenderer(language: .nl).render([try MergedCardFixture.card()])
    #expect(markdown.contains("**Cijfer van de scorecard alleen:** 4,9 (onvoldoende)"))
    #expect(markdown.contains("- Anna, 2026-11-29 (anna.json)\n- Bram, 2026-11-30 (bram.json)\n"))
    #expect(markdown.contains("  - Het plan is veranderd sinds Bram"))
    #expect(markdown.contains("_Zo is het cijfer berekend: Per criterium telt de mediaan"))
    #expect(markdown.contains("| Criteria | niveau | bron | scorecard |\n|---|---|---|---|"))
    #expect(markdown.contains("| Invloed | 2/2 | bewoners | 1/2 |"))
    #expect(markdown.contains("| Terugkoppeling | 0/2 | scorecard | 0/2 |"))
    #expect(markdown.contains("**Bron:** bewoners (de scorecard gaf 1/2)"))
    #expect(markdown.contains("| Anna | 2/2 | \(MergedCardFixture.remark) |"))
    #expect(markdown.contains("| Anna | 1/2 (eens met de scorecard) |  |"))
  }

  /// Markup and line breaks in a remark or name cannot escape the Markdown table.
  @Test func markdownEscapesAssessments() throws {
    let card = try MergedCardFixture.card(
      name: "[Anna](http://x)", remark: "<script>alert(1)</script> | *nu*\nvolgende regel")
    let markdown = try MarkdownRenderer(language: .nl).render([card])
    #expect(!markdown.contains("<script>"))
    #expect(
      markdown.contains(
        "| \\[Anna\\]\\(http://x\\) | 2/2 | \\<script\\>alert\\(1\\)\\</script\\> \\| "
          + "\\*nu\\* volgende regel |"))
  }

  /// The JSON of a merged card carries the merge fields and reads back the same.
  @Test func json() throws {
    let card = try MergedCardFixture.card()
    let json = try JSONRenderer().render([card])
    #expect(json.contains("\"engine_grade\" : 4.9"))
    #expect(json.contains("\"source\" : \"residents\""))
    #expect(json.contains("\"remark\" : \"\(MergedCardFixture.remark)\""))
    #expect(try JSONDecoder().decode(Scorecard.self, from: Data(json.utf8)) == card)
  }
}

// MARK: - HTML

extension MergedCardRendererTests {
  /// The HTML report has the assessment section, the source and engine
  /// columns, and per criterion the residents' table with their remarks.
  @Test func html() throws {
    let html = try HTMLRenderer(language: .nl).render([try MergedCardFixture.card()])
    #expect(html.contains("<section id=\"assessments\">\n<h2>Beoordeeld door bewoners</h2>"))
    #expect(
      html.contains(
        "<p><strong>Cijfer van de scorecard alleen:</strong> 4,9 "
          + "<span class=\"badge fail\">onvoldoende</span></p>"))
    #expect(html.contains("<li>Anna, 2026-11-29 (anna.json)</li>"))
    #expect(html.contains("<li class=\"muted\">Het plan is veranderd sinds Bram"))
    #expect(html.contains("<th>bron</th><th class=\"lvl\">scorecard</th>"))
    #expect(html.contains("<td>bewoners</td><td class=\"lvl lvl-mid\" title=\"scorecard\">1</td>"))
    #expect(html.contains("<p><strong>Bron:</strong> bewoners (de scorecard gaf 1/2)</p>"))
    #expect(
      html.contains(
        "<tr><td>Anna</td><td class=\"lvl lvl-high\" title=\"2/2\">2</td>"
          + "<td>\(MergedCardFixture.remark)</td></tr>"))
    #expect(html.contains("<td><span class=\"muted\">(eens met de scorecard)</span></td>"))
    let english = try HTMLRenderer(language: .en).render([try MergedCardFixture.card()])
    #expect(english.contains("<h2>Assessed by residents</h2>"))
    #expect(english.contains("<p><strong>Source:</strong> residents (the engine gave 1/2)</p>"))
  }

  /// A hostile name or remark is shown as text: no tag, attribute or script gets through.
  @Test func htmlEscapesAssessments() throws {
    let card = try MergedCardFixture.card(
      name: ReportFixture.image, remark: "\(ReportFixture.script) \(ReportFixture.image)")
    let html = try HTMLRenderer(language: .nl).render([card])
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("<img"))
    #expect(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x "))
    #expect(html.contains("<li>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;, 2026-11-29"))
  }
}
