import PlanReading
import TestSupport
import Testing

@testable import Scoring

/// The readability meter keeps its syllable cache from plan to plan
/// (``Hyphenator/takeCache()``); these show the figures of a text do not
/// depend on the texts measured before it, and that a cache given back is
/// the one taken next, with its words.
@Suite("Readability: syllable caches kept from plan to plan")
struct ReadabilityCacheTests {
  /// The counts behind the figures of one text.
  private static func figures(_ text: String, _ language: PlanLanguage) -> [Int] {
    guard let tally = ReadabilityMeter(language: language).tally(paragraphs: [text]) else {
      return []
    }
    return [tally.sentences, tally.words, tally.syllables, tally.longWords]
  }

  @Test("a text's figures whatever was measured before", arguments: [PlanLanguage.nl, .en])
  func independentOfHistory(language: PlanLanguage) throws {
    _ = try #require(Hyphenator.forLanguage(language))
    let alphabet = [
      " ", " ", "bewoners", "Wijk", "raad", "-", "participatie", "é", "ĳs", "'s", ". ", "Café",
      "residents", "council", "ENQUÊTE",
    ]
    let texts = Array(GeneratedTexts(alphabet, count: 300, lengthShift: 59))
    let first = texts.map { Self.figures($0, language) }
    let again = texts.reversed().map { Self.figures($0, language) }
    #expect(first == Array(again.reversed()))
    #expect(first.contains { $0.count == 4 && $0[2] > 0 })
  }

  @Test("a cache given back is taken next, with its words")
  func takeAndPut() throws {
    let hyphenator = try #require(
      Hyphenator(file: "\(Hyphenator.patternFolder)/hyph_nl_NL.dic"))
    var cache = hyphenator.takeCache()
    var word = "wijkraad"
    word.withUTF8 { cache.insert($0, syllables: 2) }
    hyphenator.putCache(cache)
    let taken = hyphenator.takeCache()
    #expect(word.withUTF8 { taken.syllables(of: $0) } == 2)
    let another = hyphenator.takeCache()
    #expect(word.withUTF8 { another.syllables(of: $0) } == nil)
  }
}
