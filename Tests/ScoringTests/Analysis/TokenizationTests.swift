import Testing

@testable import Scoring

/// Splitting text into tokens with offsets, folded forms and number flags.
@Suite struct TokenizationTests {}

extension TokenizationTests {
  /// Words split at spaces, hyphens, slashes and punctuation.
  @Test func splitsAtSeparators() {
    #expect(
      AnalysisTestSupport.folded("Co-creatie en/of inspraak, (samen)!")
        == ["co", "creatie", "en", "of", "inspraak", "samen"])
  }

  /// Case and diacritics are folded in the token's `folded` form.
  @Test func foldsCaseAndDiacritics() {
    #expect(
      AnalysisTestSupport.folded("Geïnformeerd CAFÉ Straße")
        == ["geinformeerd", "cafe", "strasse"])
  }

  /// Apostrophes inside a word stay (`zo'n`, `auto’s`), trailing ones go.
  @Test func handlesApostrophes() {
    #expect(
      AnalysisTestSupport.folded("zo'n auto’s bewoners' 'ja'")
        == ["zo'n", "auto's", "bewoners", "ja"])
    #expect(
      AnalysisTestSupport.folded("the residents' council's view", language: .en)
        == ["the", "residents", "council's", "view"])
  }

  /// Numbers keep `.` and `,` between digits and are flagged; mixed tokens are not numbers.
  @Test func readsNumbers() {
    let analyzer = TextAnalyzer(language: .nl)
    let tokens = analyzer.tokens(in: "€ 25.000,- 3,5 ha en 2025. Q3 25k"[...])
    #expect(tokens.map(\.folded) == ["25.000", "3,5", "ha", "en", "2025", "q3", "25k"])
    #expect(tokens.map(\.isNumber) == [true, true, false, false, true, false, false])
    #expect(analyzer.stem(of: tokens[0]) == "25.000")
  }

  /// Every token's offsets select exactly its bytes in the original text, also
  /// after multi-byte characters, and its folded form is the fold of those bytes.
  @Test func offsetsMapBackToBytes() {
    let text =
      "“Bewoners’ inspraak” — €\u{00A0}40.000 voor café’s "
      + "in Zoë’s wijk; ĳsbaan."
    let tokens = TextAnalyzer(language: .nl).tokens(in: text[...])
    let raw = tokens.map { AnalysisTestSupport.slice(text, $0.start..<$0.end) }
    #expect(
      raw == [
        "Bewoners", "inspraak", "40.000", "voor", "café’s", "in", "Zoë’s", "wijk",
        "ĳsbaan",
      ])
    for (token, original) in zip(tokens, raw) {
      #expect(token.folded == TextAnalyzer.fold(original[...]))
    }
  }

  /// Offsets of a substring's tokens count from the substring's own start.
  @Test func offsetsAreRelativeToSubstring() {
    let text = "Eerste zin. Tweede zin."
    let second = text[text.index(text.startIndex, offsetBy: 12)...]
    let tokens = TextAnalyzer(language: .nl).tokens(in: second)
    #expect(tokens.map(\.start) == [0, 7])
    #expect(tokens.map(\.end) == [6, 10])
  }

  /// Text without letters or digits gives no tokens.
  @Test func emptyAndPunctuationOnly() {
    #expect(AnalysisTestSupport.folded("").isEmpty)
    #expect(AnalysisTestSupport.folded(" -- *** … ").isEmpty)
  }
}
