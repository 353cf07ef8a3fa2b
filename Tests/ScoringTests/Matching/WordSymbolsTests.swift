import Testing

@testable import Scoring

/// ``WordSymbols`` keeps each word's symbols after the first time; these tests
/// pin what it returns to what ``SymbolLexicon`` finds for the word's folded
/// form and stem each time, as the matcher did for every token before.
@Suite("WordSymbols: a word's symbols found once")
struct WordSymbolsTests {
  private static let text =
    "Bewoners, GEÏNFORMEERDE bewoners en ondernemers denken mee over het plan. "
    + "De bewonersavond en de informatieavond gaven inspraak; de wijkraad adviseerde. "
    + "Bewoners kregen € 25.000 en 3,5% van het wijkbudget, zo'n plannetje voor auto's."

  @Test("every word gets the lexicon's own symbols, lexicon after lexicon and after emptying")
  func cachedSymbolsAreTheLexicons() {
    let fixture = MatchingFixture()
    let lexicons = [
      fixture.matcher(["bewoner*", "*avond", "*formeer*", "inspraak", "plan", "denken mee"]),
      fixture.matcher(["informatie*", "*raad*", "*budget", "auto's", "bewoners avond"]),
    ].map(\.lexicon)
    let analyzer = fixture.analyzer
    let tokens = analyzer.tokens(in: Self.text[...])
    #expect(tokens.contains { $0.word < 0 } && tokens.contains { $0.word >= 0 })
    var symbols = WordSymbols()
    var found = 0
    for (round, lexicon) in (lexicons + lexicons).enumerated() {
      if round == 3 { symbols.removeAll() }
      for token in tokens + tokens where token.word >= 0 {
        var stats = MatchStats()
        let range = symbols.range(
          ofWord: Int(token.word), in: analyzer.words, lexicon: lexicon, stats: &stats)
        var expected: [Int32] = []
        lexicon.symbols(
          folded: token.folded, stem: analyzer.stem(of: token), into: &expected, stats: &stats)
        #expect(Array(symbols.list[range]) == expected, "\(token.folded)")
        found += expected.count
      }
    }
    #expect(found > 20)
  }
}
