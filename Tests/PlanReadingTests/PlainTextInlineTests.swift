import Foundation
import Testing

@testable import PlanReading

@Suite struct PlainTextInlineTests {}

extension PlainTextInlineTests {
  /// A piece of Markdown and the plain text it should give.
  struct InlineCase: CustomTestStringConvertible, Sendable {
    var markdown: String
    var plain: String
    var testDescription: String { markdown }
  }

  /// Inline markup is stripped and white space collapsed.
  @Test(arguments: [
    InlineCase(markdown: "**vet** en *schuin* en _nadruk_", plain: "vet en schuin en nadruk"),
    InlineCase(markdown: "***beide*** en __ook__", plain: "beide en ook"),
    InlineCase(
      markdown: "zie [de website](https://example.org/a_(b)) nu", plain: "zie de website nu"),
    InlineCase(markdown: "zie [de bijlage][1] nu", plain: "zie de bijlage nu"),
    InlineCase(markdown: "![kaart van de wijk](kaart.png) Tekst", plain: "Tekst"),
    InlineCase(
      markdown: "regel<br>volgende<br/>en <span class=\"x\">meer</span>",
      plain: "regel volgende en meer"),
    InlineCase(
      markdown: "2\\.950 woningen \\- \\*geen\\* nadruk", plain: "2.950 woningen - *geen* nadruk"),
    InlineCase(markdown: "bestand_2024_def en 5 * 3", plain: "bestand_2024_def en 5 * 3"),
    InlineCase(markdown: "~~oud~~ nieuw, ~ 20 m en `code`", plain: "oud nieuw, ~ 20 m en code"),
    InlineCase(
      markdown: "A &amp; B &lt; C&nbsp;D &#233;&#xE9; &shy;E &onbekend;",
      plain: "A & B < C D éé E &onbekend;"),
    InlineCase(markdown: "tekst <!-- verborgen --> zichtbaar", plain: "tekst zichtbaar"),
    InlineCase(
      markdown: "[TODO nog een link] en a < b > c", plain: "[TODO nog een link] en a < b > c"),
    InlineCase(markdown: "  veel \t witruimte  ", plain: "veel witruimte"),
    InlineCase(markdown: "F*iguur 1\\.1\\. Uitsnede*", plain: "Figuur 1.1. Uitsnede"),
  ])
  func inlineMarkup(_ example: InlineCase) {
    #expect(InlineMarkup.plainText(example.markdown) == example.plain)
  }

  /// Unmatched brackets in long text are read without trouble.
  @Test func unmatchedBracketsInLongText() {
    let text = String(repeating: "[open ", count: 5_000)
    #expect(InlineMarkup.plainText(text).count == text.count - 1)
  }

  /// Words spelled out letter by letter are joined; ordinary text is kept.
  @Test(arguments: [
    ("P a r t i c i p a t i e", "Participatie"),
    ("4 I n l ei d i n g", "4 Inleiding"),
    ("G e m e e n t e O o s t , bron", "Gemeente Oost , bron"),
    ("u kunt a of b kiezen", "u kunt a of b kiezen"),
    ("de wegen a, b en c", "de wegen a, b en c"),
    ("is e e n", "is e e n"),
  ])
  func spacedLetters(_ example: (String, String)) {
    #expect(SpacedLetters.rejoin(example.0) == example.1)
  }

  /// Spaced-out headings read as words in the document.
  @Test func spacedOutHeadingInDocument() throws {
    let document = try readPlainText("## T o e l i c h t i n g\n\nTekst.")
    #expect(document.block("Toelichting")?.kind == .heading)
    #expect(document.block("Tekst.")?.headingPath == ["Toelichting"])
  }
}
