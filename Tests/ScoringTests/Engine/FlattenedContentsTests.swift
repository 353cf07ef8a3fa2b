import PlanReading
import Testing

@testable import Scoring

/// ``FlattenedContents``: a table of contents run together into one
/// paragraph is never evidence, however much participation its titles name.
@Suite struct FlattenedContentsTests {
  static func tokens(_ text: String) -> [Token] {
    TextAnalyzer(language: .nl).tokens(in: text[...])
  }

  /// Two or more page numbers right before a section number make a run.
  @Test(arguments: [
    "1.1 Aanleiding 4 1.2 Ligging 5 2.1 Inspraak 12",
    "Economische uitvoerbaarheid 30 6. Overleg en inspraak 31 6.1 Vooroverleg 31 6.2 Inspraak 32",
    "3 Beleid 9 3.1.1 Rijk 9 3.1.2 Provincie 10",
  ])
  func runs(_ text: String) {
    #expect(FlattenedContents.isRun(Self.tokens(text)))
  }

  /// Running text does not put a page number right before a section number twice.
  @Test(arguments: [
    "In 2019 zijn 3 bijeenkomsten gehouden met 45 bewoners.",
    "Zie paragraaf 6.1 en 6.2 voor de reacties.",
    "Het budget is 12 25.000 euro en 3 2.500 euro.",
    "Inspraak 41",
    "1.1 Aanleiding 4 en verder lopende tekst over de inspraak.",
  ])
  func notRuns(_ text: String) {
    #expect(!FlattenedContents.isRun(Self.tokens(text)))
  }

  /// A plan whose only participation words stand in such a run has no rung.
  @Test func runIsNoEvidence() {
    let card = ResidentBodiesTests.score(
      [
        "Inhoudsopgave 1.1 Aanleiding 4 1.2 Ligging 5 6 Maatschappelijke uitvoerbaarheid 30 "
          + "6.1 Inspraak en zienswijzen 31 6.2 Overleg met bewoners 32",
        "Het plan maakt twee woningen mogelijk.",
      ], language: .nl)
    #expect(card.ladder.rung == 0)
    #expect(card.criteria.allSatisfy { $0.level == 0 })
  }
}
