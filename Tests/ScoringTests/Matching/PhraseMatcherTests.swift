import Testing

@testable import Scoring

/// Matching compiled phrases against tokens.
@Suite struct PhraseMatcherTests {}

extension PhraseMatcherTests {
  /// A plain word matches its inflections, any case, with or without diacritics.
  @Test func plainWordsMatchThroughStems() {
    let fixture = MatchingFixture()
    #expect(
      fixture.matches("bewoners", in: "De Bewoner en de bewoners") == ["Bewoner", "bewoners"])
    #expect(fixture.matches("geïnformeerd", in: "Wij hebben geinformeerd") == ["geinformeerd"])
    #expect(fixture.matches("beslissen", in: "Zij beslissen, hij beslist") == ["beslissen"])
    #expect(
      fixture.matches("beslis*", in: "Zij beslissen, hij beslist")
        == ["beslissen", "beslist"])
    let english = MatchingFixture(language: .en)
    #expect(
      english.matches("residents", in: "One resident, many Residents.")
        == ["resident", "Residents"])
  }

  /// `core*` matches words that start with the core, including the core itself.
  @Test func prefixWildcard() {
    let fixture = MatchingFixture()
    #expect(
      fixture.matches("bewoner*", in: "bewoner bewonersorganisatie medebewoner")
        == ["bewoner", "bewonersorganisatie"])
  }

  /// `*core` matches words that end with the core, on the folded form or the stem.
  @Test func suffixWildcard() {
    let fixture = MatchingFixture()
    let text = "Het wijkbudget, het budget en de budgetten; budgetteren"
    #expect(
      fixture.matches("*budget", in: text)
        == ["wijkbudget", "budget", "budgetten"])
  }

  /// `*core*` matches words that contain the core anywhere.
  @Test func infixWildcard() {
    let fixture = MatchingFixture()
    #expect(
      fixture.matches("*inspraak*", in: "inspraak inspraakavond burgerinspraakreactie spraak")
        == ["inspraak", "inspraakavond", "burgerinspraakreactie"])
  }

  /// Multi-word phrases match consecutive tokens only, across punctuation-free gaps.
  @Test func multiWordPhrases() {
    let fixture = MatchingFixture()
    #expect(
      fixture.matches("bewoner* beslissen", in: "De bewoners beslissen mee.")
        == ["bewoners beslissen"])
    #expect(fixture.matches("bewoner* beslissen", in: "De bewoners zelf beslissen.").isEmpty)
    #expect(
      fixture.matches("co-creatie", in: "Een vorm van co creatie en co-creatie.")
        == ["co creatie", "co-creatie"])
    #expect(
      fixture.matches("in *overleg met", in: "Dit gebeurt in buurtoverleg met ons.")
        == ["in buurtoverleg met"])
  }

  /// Overlapping and nested phrases are all reported, sorted by start, end and id.
  @Test func overlappingPhrases() {
    let fixture = MatchingFixture()
    let matcher = fixture.matcher(["nog niet", "niet besloten", "nog", "*besloten"])
    let hits = fixture.hits(matcher, in: "Er is nog niet besloten.")
    #expect(hits.map(\.id) == [2, 0, 1, 3])
    #expect(hits.map(\.text) == ["nog", "nog niet", "niet besloten", "besloten"])
  }

  /// One token carrying several symbols continues every phrase it can.
  @Test func tokenWithSeveralSymbols() {
    let fixture = MatchingFixture()
    let matcher = fixture.matcher(["bewoner* budget", "*organisatie budget", "bewonersorganisatie"])
    let hits = fixture.hits(matcher, in: "De bewonersorganisatie budget.")
    #expect(hits.map(\.id) == [2, 0, 1])
    #expect(
      hits.map(\.text) == [
        "bewonersorganisatie", "bewonersorganisatie budget",
        "bewonersorganisatie budget",
      ])
  }

  /// The same id on equivalent patterns reports each span once; shared
  /// patterns under different ids report both.
  @Test func duplicatesAreMerged() {
    let fixture = MatchingFixture()
    let entries = [
      PhraseMatcher.Entry(id: 7, pattern: fixture.pattern("bewoners")),
      PhraseMatcher.Entry(id: 7, pattern: fixture.pattern("bewoner")),
      PhraseMatcher.Entry(id: 7, pattern: fixture.pattern("bewoner*")),
      PhraseMatcher.Entry(id: 8, pattern: fixture.pattern("bewoners")),
    ]
    let matcher = PhraseMatcher(phrases: entries, proximities: [])
    #expect(matcher.patternCount == 2)
    let analyzer = fixture.analyzer
    let hits = analyzer.hits(of: matcher, in: analyzer.tokens(in: "De bewoners."[...]))
    #expect(
      hits == [
        PhraseMatcher.Hit(id: 7, tokens: 1..<2), PhraseMatcher.Hit(id: 8, tokens: 1..<2),
      ])
  }

  /// Empty patterns and empty token lists give no hits.
  @Test func emptyInputs() {
    let fixture = MatchingFixture()
    let matcher = PhraseMatcher(
      phrases: [PhraseMatcher.Entry(id: 1, pattern: PhrasePattern(words: []))], proximities: [])
    #expect(matcher.patternCount == 0)
    let analyzer = fixture.analyzer
    #expect(analyzer.hits(of: matcher, in: analyzer.tokens(in: "Wat dan ook."[...])).isEmpty)
    #expect(fixture.analyzer.hits(of: fixture.matcher(["bewoners"]), in: []).isEmpty)
  }
}

extension PhraseMatcherTests {
  /// One matcher shared by concurrent tasks, each with its own analyzer, gives
  /// every task the same hits as a serial run.
  @Test func sharedAcrossTasks() async {
    let fixture = MatchingFixture()
    let matcher = fixture.matcher(
      ["bewoner*", "*budget", "beslis*", "wijkraad"],
      proximities: [fixture.proximity(9, "bewoner*", "*budget")])
    let text = "De bewoners beslissen samen over het wijkbudget en de wijkraad geeft advies."
    let serial = fixture.analyzer.hits(of: matcher, in: fixture.analyzer.tokens(in: text[...]))
    let results = await withTaskGroup(of: [PhraseMatcher.Hit].self) { group in
      for _ in 0..<8 {
        group.addTask {
          let analyzer = TextAnalyzer(language: .nl)
          return (0..<50).map { _ in
            analyzer.hits(of: matcher, in: analyzer.tokens(in: text[...]))
          }.last ?? []
        }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 8)
    #expect(results.allSatisfy { $0 == serial })
    #expect(serial.map(\.id).contains(9))
  }
}
