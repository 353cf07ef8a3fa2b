// MARK: - Specificity

extension TextAnalyzer {
  /// The amounts, dates, periods, counts and percentages in `text`.
  ///
  /// - Parameters:
  ///   - text: The analysed text (a sentence, usually).
  ///   - tokens: `tokens(in: text)`, so each token is analysed once.
  /// - Returns: Markers in text order, none overlapping; offsets count from
  ///   `text`'s own start, like the tokens'. See ``SpecificityScanner``.
  func specificity(in text: Substring, tokens: [Token]) -> [SpecificityMarker] {
    UTF8Text.withBytes(of: text) { bytes in
      SpecificityScanner(bytes: bytes, tokens: tokens).markers()
    }
  }
}
