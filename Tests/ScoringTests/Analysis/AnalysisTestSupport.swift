import PlanReading

@testable import Scoring

/// Small helpers shared by the analysis and matching tests.
enum AnalysisTestSupport {
  /// The text of a UTF-8 byte range of `text`.
  static func slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
  }

  /// The sentences of `text` as strings.
  static func sentences(_ text: String, language: PlanLanguage = .nl) -> [String] {
    TextAnalyzer(language: language).sentences(in: text).map { slice(text, $0) }
  }

  /// The folded forms of the tokens of `text`.
  static func folded(_ text: String, language: PlanLanguage = .nl) -> [String] {
    TextAnalyzer(language: language).tokens(in: text[...]).map(\.folded)
  }

  /// The specificity markers of `text` as (kind, covered text) pairs.
  static func markers(
    _ text: String, language: PlanLanguage = .nl
  ) -> [(kind: SpecificityMarker.Kind, text: String)] {
    let analyzer = TextAnalyzer(language: language)
    let tokens = analyzer.tokens(in: text[...])
    return analyzer.specificity(in: text[...], tokens: tokens).map {
      ($0.kind, slice(text, $0.start..<$0.end))
    }
  }
}
