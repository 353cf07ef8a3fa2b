import Testing

@testable import Scoring

/// The matcher's work does not grow with the number of patterns (counted in
/// steps, never timed).
@Suite struct MatcherScalingTests {}

extension MatcherScalingTests {
  /// Sentences of ordinary plan language to scan.
  static let text = """
    De bewoners van de wijk beslissen samen met de gemeente over het wijkbudget. \
    In het najaar organiseren wij drie bijeenkomsten in het buurthuis. \
    De wijkraad geeft gevraagd en ongevraagd advies aan het college. \
    Het participatieverslag beschrijft hoe de inspraak is verlopen en wat ermee gebeurt.
    """

  /// Real phrases that the text contains, in every pattern form.
  static let realPhrases = [
    "bewoner*", "beslissen", "*budget", "*inspraak*", "wijkraad", "advies",
    "drie bijeenkomsten", "samen met de gemeente", "participatieverslag", "college",
  ]

  /// `count` made-up phrases in every form that never occur in the text.
  static func fillerPhrases(_ count: Int) -> [String] {
    let letters = Array("bdfgklmnprstvz")
    let vowels = Array("aeiou")
    return (0..<count).map { number in
      var value = number
      var word = ""
      for position in 0..<6 {
        let alphabet = position % 2 == 0 ? letters : vowels
        word.append(alphabet[value % alphabet.count])
        value /= position % 2 == 0 ? letters.count : vowels.count
      }
      switch number % 5 {
      case 0: return word + "*"
      case 1: return "*" + word
      case 2: return "*" + word + "*"
      case 3: return word + " " + String(word.reversed())
      default: return word
      }
    }
  }

  /// The steps one pass over `text` takes with `phrases`, and the hits.
  static func measure(_ phrases: [String]) -> (stats: MatchStats, hits: Int) {
    let fixture = MatchingFixture()
    let matcher = fixture.matcher(
      phrases,
      proximities: [
        fixture.proximity(phrases.count, "bewoner*", "beslis*")
      ])
    var stats = MatchStats()
    var hits = 0
    let analyzer = fixture.analyzer
    for range in analyzer.sentences(in: text) {
      let sentence = AnalysisTestSupport.slice(text, range)
      let tokens = analyzer.tokens(in: sentence[...])
      hits += analyzer.hits(of: matcher, in: tokens, counting: &stats).count
    }
    return (stats, hits)
  }

  /// Adding 10,000 phrases that do not occur leaves the hits unchanged and the
  /// step count within a small constant factor (a scan per phrase would be ~1000×).
  @Test func stepsDoNotGrowWithPatternCount() {
    let small = Self.measure(Self.realPhrases)
    let large = Self.measure(Self.realPhrases + Self.fillerPhrases(10_000))
    #expect(small.hits == large.hits)
    #expect(small.hits >= Self.realPhrases.count)
    #expect(small.stats.tokens == large.stats.tokens)
    #expect(large.stats.transitions == small.stats.transitions)
    #expect(large.stats.total <= small.stats.total * 2)
  }

  /// The fillers really are compiled: the matcher reports them as patterns.
  @Test func fillersAreCompiled() {
    let fixture = MatchingFixture()
    let matcher = fixture.matcher(Self.realPhrases + Self.fillerPhrases(10_000))
    #expect(matcher.patternCount > 10_000)
  }
}
