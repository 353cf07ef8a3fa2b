import Testing

@testable import Scoring

/// Parsing rubric phrases into word patterns.
@Suite struct PhrasePatternTests {}

extension PhrasePatternTests {
  /// Plain words are folded and stemmed; each wildcard form gets its own pattern.
  @Test func parsesEachWordForm() {
    let analyzer = TextAnalyzer(language: .nl)
    let pattern = PhrasePattern(
      parsing: "Bewoners beslis* *budget *inspraak* Geïnformeerd", analyzer: analyzer)
    #expect(
      pattern?.words == [
        .stem("bewoner"), .prefix("beslis"), .suffix("budget"), .infix("inspraak"),
        .stem("geinformeerd"),
      ])
  }

  /// Hyphens and punctuation split words; wildcard cores are folded, not stemmed.
  @Test func splitsAtHyphensAndFoldsCores() {
    let analyzer = TextAnalyzer(language: .nl)
    #expect(
      PhrasePattern(parsing: "co-creatie", analyzer: analyzer)?.words
        == [.stem("co"), .stem(analyzer.stem("creatie"))])
    #expect(
      PhrasePattern(parsing: "*Bewonersbudgetten", analyzer: analyzer)?.words
        == [.suffix("bewonersbudgetten")])
  }

  /// A phrase without words parses to nil.
  @Test(arguments: ["", "   ", "*", "* *", "...", "-*-"])
  func emptyPhraseIsNil(_ phrase: String) {
    #expect(PhrasePattern(parsing: phrase, analyzer: TextAnalyzer(language: .nl)) == nil)
  }

  /// A `*` that touches no word is ignored.
  @Test func looseStarIsIgnored() {
    let analyzer = TextAnalyzer(language: .nl)
    #expect(
      PhrasePattern(parsing: "wijk * raad", analyzer: analyzer)?.words
        == [.stem("wijk"), .stem(analyzer.stem("raad"))])
  }
}
