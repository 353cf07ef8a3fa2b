import Testing

@testable import Scoring

/// Case and diacritic folding, and Snowball stemming per language.
@Suite struct FoldingAndStemmingTests {}

extension FoldingAndStemmingTests {
  /// Folding lower-cases and removes diacritics, ligatures and typographic apostrophes.
  @Test func foldsSpellingVariants() {
    #expect(TextAnalyzer.fold("Geïnformeerd") == "geinformeerd")
    #expect(TextAnalyzer.fold("ÉÉN") == "een")
    #expect(TextAnalyzer.fold("Ĳssel") == "ijssel")
    #expect(TextAnalyzer.fold("Straße") == "strasse")
    #expect(TextAnalyzer.fold("zo’n") == "zo'n")
    #expect(TextAnalyzer.fold("Œuvre Æther ﬁets") == "oeuvre aether fiets")
    #expect(TextAnalyzer.fold("e\u{0301}e\u{0308}n") == "een")
  }

  /// Dutch Snowball stems: plurals meet their singular; `beslissen` and `beslist`
  /// do NOT share a stem (Snowball keeps `besliss` and `beslist`), so rubrics
  /// need `beslis*` for both.
  @Test func dutchStems() {
    let analyzer = TextAnalyzer(language: .nl)
    #expect(analyzer.stem("bewoners") == "bewoner")
    #expect(analyzer.stem("bewoner") == "bewoner")
    #expect(analyzer.stem("bijeenkomsten") == analyzer.stem("bijeenkomst"))
    #expect(analyzer.stem("beslissen") == "besliss")
    #expect(analyzer.stem("beslist") == "beslist")
    #expect(analyzer.stem("geinformeerd") == "geinformeerd")
    #expect(analyzer.stem("auto's") == analyzer.stem("auto"))
  }

  /// English Snowball stems: `residents` → `resid`, verb forms meet.
  @Test func englishStems() {
    let analyzer = TextAnalyzer(language: .en)
    #expect(analyzer.stem("residents") == "resid")
    #expect(analyzer.stem("resident") == "resid")
    #expect(analyzer.stem("decides") == analyzer.stem("decided"))
    #expect(analyzer.stem("budgeting") == "budget")
  }

  /// A token's stem is that of its folded form, a number's its folded form.
  @Test func tokensCarryStems() {
    let analyzer = TextAnalyzer(language: .nl)
    let tokens = analyzer.tokens(in: "Bewoners beslissen 1.500"[...])
    #expect(tokens.map(analyzer.stem(of:)) == ["bewoner", "besliss", "1.500"])
  }

  /// The cache gives the same stem as a fresh analyzer, on repeated calls.
  @Test func cachedStemsAreStable() {
    let analyzer = TextAnalyzer(language: .nl)
    let first = (0..<3).map { _ in analyzer.stem("wijkbewoners") }
    #expect(Set(first) == [TextAnalyzer(language: .nl).stem("wijkbewoners")])
  }
}
