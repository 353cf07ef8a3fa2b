import PlanReading
import Testing

@testable import Scoring

@Suite("Readability: syllables from libhyphen, Flesch-Douma and Flesch Reading Ease")
struct ReadabilityTests {
  @Test(
    "Dutch syllables of known words",
    arguments: [
      ("bewoners", 3), ("participatie", 5), ("gemeente", 3), ("inspraak", 2), ("maken", 2),
      ("burgerparticipatie", 7), ("wijkraad", 2), ("een", 1), ("Bewoners", 3),
    ])
  func dutchSyllables(word: String, expected: Int) throws {
    let hyphenator = try #require(Hyphenator.forLanguage(.nl), "install hyphen-nl (make deps)")
    #expect(hyphenator.syllables(word) == expected)
  }

  @Test(
    "English syllables of known words",
    arguments: [
      ("residents", 3), ("participation", 5), ("beautiful", 3), ("table", 2), ("decide", 2),
      ("the", 1), ("neighbourhood", 3),
    ])
  func englishSyllables(word: String, expected: Int) throws {
    let hyphenator = try #require(Hyphenator.forLanguage(.en), "install hyphen-en-us (make deps)")
    #expect(hyphenator.syllables(word) == expected)
  }

  @Test("a Latin-1 pattern file still counts words with diacritics")
  func diacritics() throws {
    let hyphenator = try #require(Hyphenator.forLanguage(.nl))
    #expect(hyphenator.syllables("coördinatie") == 5)
    #expect(hyphenator.syllables("ideeën") == 2)
  }

  /// The counts are cached for the whole process by a word's exact bytes:
  /// a word counted once gives the same count again, and one spelling of an
  /// accented word never answers for another (so no plan's figures depend
  /// on the plans before it).
  @Test("the shared cache keeps each spelling's own count")
  func sharedCacheBySpelling() throws {
    let shared = try #require(Hyphenator.forLanguage(.nl))
    let fresh = try #require(Hyphenator(file: "\(Hyphenator.patternFolder)/hyph_nl_NL.dic"))
    let composed = "co\u{00F6}rdinatiegesprekken"
    let decomposed = "coo\u{0308}rdinatiegesprekken"
    #expect(composed == decomposed)
    let first = shared.syllables(composed)
    #expect(shared.syllables(composed) == first)
    #expect(shared.syllables(decomposed) == fresh.syllables(decomposed))
    #expect(first == fresh.syllables(composed))
  }

  /// 2 sentences, 9 words, 11 syllables, no word over six letters:
  /// 206.84 − 0.77 × (11 / 9 × 100) − 0.93 × 4.5 = 108.54.
  @Test("Flesch-Douma on a hand-computed Dutch text")
  func fleschDouma() throws {
    let figures = try #require(
      ReadabilityMeter(language: .nl).measure(paragraphs: [
        "De buurt praat mee. Wij maken samen een plan."
      ]))
    #expect(figures.formula == "flesch-douma")
    #expect(figures.sentences == 2)
    #expect(figures.words == 9)
    #expect(figures.wordsPerSentence == 4.5)
    #expect(figures.syllablesPerWord == 1.22)
    #expect(figures.longWordPercent == 0)
    #expect(figures.score == 108.5)
  }

  /// 2 sentences, 7 words, 11 syllables, 2 words over six letters:
  /// 206.835 − 1.015 × 3.5 − 84.6 × 11 / 7 = 70.34.
  @Test("Flesch Reading Ease on a hand-computed English text")
  func fleschReadingEase() throws {
    let figures = try #require(
      ReadabilityMeter(language: .en).measure(paragraphs: [
        "The plan is good. Residents decide together."
      ]))
    #expect(figures.formula == "flesch-reading-ease")
    #expect(figures.sentences == 2)
    #expect(figures.words == 7)
    #expect(figures.syllablesPerWord == 1.57)
    #expect(figures.longWordPercent == 28.6)
    #expect(figures.score == 70.3)
  }

  @Test("numbers are no words, hyphenated words count each part, no prose gives nil")
  func words() throws {
    #expect(
      ReadabilityMeter.words(in: "In 2025 komt er een bewoners-avond.") == [
        "In", "komt", "er", "een", "bewoners-avond",
      ])
    #expect(ReadabilityMeter(language: .nl).measure(paragraphs: ["2025 — 12,5"]) == nil)
  }

  /// ASCII sentences are counted on their bytes, others by characters; the
  /// two give the same figures (a dash that is no letter makes a sentence
  /// non-ASCII without adding a word).
  @Test(arguments: [
    "Bewoners--avond en zo'n re- plan", "'t Is a-b-c en -x of x'-y'", "De wijk-'raad' praat",
    "Het " + String(repeating: "a", count: 61) + " woord en " + String(repeating: "b", count: 60),
    "Burgerparticipatie, inspraak en meebeslissen in 2025", "x", "",
  ])
  func bytesAndCharactersCountAlike(_ sentence: String) throws {
    let meter = ReadabilityMeter(language: .nl)
    let ascii = meter.measure(paragraphs: [sentence + ". Bewoners beslissen mee."])
    let other = meter.measure(paragraphs: [sentence + " —. Bewoners beslissen mee —."])
    #expect(ascii != nil)
    #expect(ascii == other)
  }
}
