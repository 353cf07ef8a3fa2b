import Testing

@testable import Scoring

/// The Dutch plurals a wildcard word misses: a long vowel written twice
/// before one consonant is written once in the plural.
@Suite struct DutchPluralTests {
  @Test(arguments: [
    ("wijkraad*", "wijkraden*"), ("aanvraag*", "aanvragen*"), ("spreekuur*", "spreekuren*"),
    ("adviesorgaan*", "adviesorganen*"), ("*raad*", "*raden*"), ("inspraak*", "inspraken*"),
    ("burgerberaad*", "burgerberaden*"), ("uur*", "uren*"),
  ])
  func missedPlural(_ word: String, _ plural: String) {
    #expect(DutchPlural.missed(by: Substring(word)) == plural)
  }

  /// Words without a wildcard at the end, with a short vowel, a diphthong or
  /// two consonants, and nouns for people that take `-s`, are left alone.
  @Test(arguments: [
    "wijkraad", "*budget", "bewoner*", "overleg*", "huurder*", "buurt*", "eeuw*", "plaats*",
    "ontwikkelaar*", "makelaar*", "eigenaar*",
  ])
  func noMissedPlural(_ word: String) {
    #expect(DutchPlural.missed(by: Substring(word)) == nil)
  }

  /// Every such word of a phrase is replaced, except after the singular `een`.
  @Test func phrases() {
    #expect(DutchPlural.pluralized("advies van de wijkraad*") == "advies van de wijkraden*")
    #expect(DutchPlural.pluralized("afgezien van een inspraak*") == nil)
    #expect(DutchPlural.pluralized("bewoner*") == nil)
  }
}
