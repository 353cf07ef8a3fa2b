import PlanReading

@testable import Scoring

/// Builds matchers from phrase strings and reads their hits back as text.
struct MatchingFixture {
  /// The analyzer used for the phrases and the texts.
  let analyzer: TextAnalyzer

  /// Creates a fixture for `language`.
  init(language: PlanLanguage = .nl) {
    analyzer = TextAnalyzer(language: language)
  }

  /// The pattern of `phrase`; fails the calling test's expectations through
  /// an empty pattern when the phrase has no words.
  func pattern(_ phrase: String) -> PhrasePattern {
    PhrasePattern(parsing: phrase, analyzer: analyzer) ?? PhrasePattern(words: [])
  }

  /// A matcher for `phrases`, each with its index as id, plus `proximities`.
  func matcher(
    _ phrases: [String], proximities: [PhraseMatcher.Proximity] = []
  ) -> PhraseMatcher {
    let entries = phrases.enumerated().map {
      PhraseMatcher.Entry(id: $0.offset, pattern: pattern($0.element))
    }
    return PhraseMatcher(phrases: entries, proximities: proximities)
  }

  /// A proximity entry from two phrase strings.
  func proximity(
    _ id: Int, _ first: String, _ second: String, within: Int = 8, ordered: Bool = false
  ) -> PhraseMatcher.Proximity {
    PhraseMatcher.Proximity(
      id: id, first: pattern(first), second: pattern(second), within: within, ordered: ordered)
  }

  /// The hits of `matcher` in `text` as (id, covered text) pairs.
  func hits(_ matcher: PhraseMatcher, in text: String) -> [(id: Int, text: String)] {
    let tokens = analyzer.tokens(in: text[...])
    return analyzer.hits(of: matcher, in: tokens).map { hit in
      let range = tokens[hit.tokens.lowerBound].start..<tokens[hit.tokens.upperBound - 1].end
      return (hit.id, AnalysisTestSupport.slice(text, range))
    }
  }

  /// The texts matched by `phrase` alone in `text`.
  func matches(_ phrase: String, in text: String) -> [String] {
    hits(matcher([phrase]), in: text).map(\.text)
  }
}
