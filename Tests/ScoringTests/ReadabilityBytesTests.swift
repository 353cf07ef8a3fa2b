import PlanReading
import TestSupport
import Testing

@testable import Scoring

/// The readability meter counts the words of a sentence on its UTF-8 bytes
/// whenever each of its scalars is a character of its own; these tests pin
/// that path to the `Character` path it replaced (``ReadabilityMeter/words(in:)``
/// with `split(separator: "-")` and ``ReadabilityMeter/letterCount(of:)``).
@Suite("Readability on bytes: the same counts as by characters")
struct ReadabilityBytesTests {
  /// The counts of the `Character` path for every sentence.
  private static func characterCounts(
    _ paragraphs: [String], hyphenator: Hyphenator
  ) -> [Int] {
    var sentences = 0
    var words = 0
    var syllables = 0
    var longWords = 0
    for paragraph in paragraphs {
      var text = paragraph
      text.withUTF8 { bytes in
        for range in SentenceSplitter.split(bytes) {
          let found = ReadabilityMeter.words(
            in: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
          guard !found.isEmpty else { continue }
          sentences += 1
          for word in found {
            words += 1
            for part in word.split(separator: "-") {
              syllables += hyphenator.syllables(String(part))
            }
            if ReadabilityMeter.letterCount(of: word) > 6 { longWords += 1 }
          }
        }
      }
    }
    return [sentences, words, syllables, longWords]
  }

  @Test(
    "tricky sentences count alike on bytes and by characters",
    arguments: [
      "Geïnformeerde bewoners van de Ĳssel-oever praten mee over coördinatie.",
      "De café-eigenaar en de crèche; een ideeën-avond van Zoë’s buurt.",
      "Zo’n plan met ’t ontwerp en bewoners’ zienswijzen — ‘inspraak’ of „meedenken”?",
      "Een bedrag van € 25.000,- op 1\u{00A0}januari 2025, 3,5% en 12.500 m².",
      "Burger\u{00AD}participatie en in\u{00AD}spraak met zachte afbreekstreepjes.",
      "De ﬁnanciële ﬂexibiliteit van het plan (ligaturen) blijft.",
      "Cafe\u{0301} en coo\u{0308}rdinatie met losse accenten.",
      "Bewoners 👍🏽 en 👨‍👩‍👧 families met emoji en 🇳🇱 vlaggen.",
      "Ongeldige bytes \u{FFFD}\u{FFFD} blijven tekens: a\u{FFFD}b en \u{FFFD}woord.",
      "Ελληνικά, русский текст, 日本語 en 한국어 naast Nederlands.",
      "Ook ªº, µ en ß en Æsir en Œuvre en Łódź tellen als letters.",
      "Streepjes: a–b, c—d, e‐f, g‑h en x-’y’- of ’-z.",
      "Een " + String(repeating: "é", count: 61) + " woord en " + String(repeating: "ü", count: 60)
        + " en " + String(repeating: "ab-", count: 30) + "c.",
      "Regel\r\nbreuk en\ttab en\u{2028}scheiding en\u{200B}nulbreedte en\u{200D}verbinder.",
      "\u{2019}\u{2019}- '- -", "é", "",
    ])
  func tricky(_ sentence: String) throws {
    for language in [PlanLanguage.nl, .en] {
      let hyphenator = try #require(Hyphenator.forLanguage(language))
      let paragraphs = [sentence, sentence + " Bewoners beslissen mee."]
      let tally = try #require(ReadabilityMeter(language: language).tally(paragraphs: paragraphs))
      #expect(
        [tally.sentences, tally.words, tally.syllables, tally.longWords]
          == Self.characterCounts(paragraphs, hyphenator: hyphenator))
    }
  }

  /// Sentences of words with hyphens, apostrophes and other joiners inside
  /// and around them, letters beyond ASCII, digits and punctuation.
  @Test("generated sentences count alike on bytes and by characters")
  func generated() throws {
    let alphabet = [
      " ", " ", "-", "--", "'", "’", "ab", "Wijk", "raad", "é", "ĳ", "ß", "3", ".", ",", "?",
      "participatie", "x", "\u{00AD}", "–",
    ]
    let hyphenator = try #require(Hyphenator.forLanguage(.nl))
    let paragraphs = Array(GeneratedTexts(alphabet, count: 5_000, lengthShift: 58))
    let tally = try #require(ReadabilityMeter(language: .nl).tally(paragraphs: paragraphs))
    #expect(
      [tally.sentences, tally.words, tally.syllables, tally.longWords]
        == Self.characterCounts(paragraphs, hyphenator: hyphenator))
  }

  @Test("the byte path takes exactly the sentences whose scalars are characters")
  func scalarsAreCharacters() {
    let simple = [
      "Geïnformeerd ’t café", "€ 25.000,-\u{00A0}x", "soft\u{00AD}hyphen", "a\r\nb", "",
    ]
    let joined = ["Cafe\u{0301}", "👍🏽", "a\u{200D}b", "ﬁ", "한국어", "Ελλάδα"]
    for text in simple + joined {
      var copy = text
      let accepted = copy.withUTF8 { UTF8Text.scalarsAreCharacters($0) }
      #expect(accepted == simple.contains(text), "\(text)")
    }
  }

  /// Grapheme rules join two scalars into one character only when the second
  /// (or the first) is a mark, a joiner, a regional indicator, Hangul or the
  /// like: none of the scalars the byte path accepts is, so each of them is
  /// a character of its own next to any other (but `\r\n`).
  @Test("every pair of scalars the byte path accepts makes two characters")
  func acceptedPairs() {
    var accepted: [Unicode.Scalar] = []
    for value in UInt32(0)..<0x1_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      var text = String(scalar)
      if text.withUTF8({ UTF8Text.scalarsAreCharacters($0) }) { accepted.append(scalar) }
    }
    #expect(accepted.count > 800)
    var joined = 0
    for first in accepted {
      for second in accepted where !(first == "\r" && second == "\n") {
        var pair = String(first)
        pair.unicodeScalars.append(second)
        if pair.count != 2 { joined += 1 }
      }
      #expect(Character(first).isLetter == first.properties.isAlphabetic)
    }
    #expect(joined == 0)
  }

  /// The syllables of an ASCII word are counted on its lower-cased bytes, as
  /// `lowercased()` and the Latin-1 encoding gave before.
  @Test(
    "ASCII words count the same in capitals",
    arguments: ["bewoners", "participatie", "zo'n", "burgerparticipatie", "wijkraad"])
  func capitals(_ word: String) throws {
    let hyphenator = try #require(Hyphenator(file: "\(Hyphenator.patternFolder)/hyph_nl_NL.dic"))
    #expect(hyphenator.syllables(word.uppercased()) == hyphenator.syllables(word))
    #expect(
      hyphenator.syllables(word.prefix(1).uppercased() + word.dropFirst())
        == hyphenator.syllables(word))
  }
}
