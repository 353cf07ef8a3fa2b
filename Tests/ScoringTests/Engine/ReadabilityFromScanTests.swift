import PlanReading
import TestSupport
import Testing

@testable import Scoring

/// The scorer measures readability on the sentences its scan split already;
/// this pins that to the meter splitting the paragraphs itself.
@Suite("Readability from the scan's sentences: the same figures")
struct ReadabilityFromScanTests {
  @Test(
    "a card's readability is the meter's on the document",
    arguments: [PlanLanguage.nl, .en])
  func sameFigures(language: PlanLanguage) {
    let texts: [(BlockKind, String)] = [
      (.heading, "Participatie en inspraak"),
      (.paragraph, "De bewoners praten mee. Zij beslissen in 2025 over € 25.000,-! Wie doet mee?"),
      (.listItem, "Geïnformeerde bewoners-avond op 3 maart; zo’n ﬁnanciële bijdrage."),
      (.tableCell, "Tabel met losse woorden en geen zin"),
      (.paragraph, "Cafe\u{0301} en 👍🏽 emoji. " + String(repeating: "lang woord ", count: 800)),
      (.paragraph, ""),
      (.listItem, "bijv. o.a. J.C. de Vries… en verder; 1.2 Kop"),
      (.paragraph, "The residents decide together. They were consulted twice a year."),
    ]
    let blocks = texts.enumerated().map { index, item in
      Block(
        kind: item.0, level: item.0 == .heading ? 1 : nil, text: item.1,
        headingPath: index == 0 ? [] : ["Participatie en inspraak"],
        location: SourceLocation(line: 1 + 2 * index, column: 1))
    }
    let document = PlanDocument(
      metadata: PlanMetadata(
        kind: .wijkactieplan, language: language, languageDetected: false,
        sourcePath: "test.txt", sha256: "0", format: .plainText),
      blocks: blocks)
    let card = EngineTestSupport.scorer.score(document)
    #expect(card.readability != nil)
    #expect(card.readability == ReadabilityMeter(language: language).measure(document))
  }
}
