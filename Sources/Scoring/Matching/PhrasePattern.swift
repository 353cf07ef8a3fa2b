/// A rubric phrase compiled to one ``WordPattern`` per word, matched against
/// consecutive tokens.
struct PhrasePattern: Hashable, Sendable {
  /// The words, in order; never empty.
  var words: [WordPattern]

  /// Creates a pattern from its words.
  init(words: [WordPattern]) {
    self.words = words
  }

  /// Parses a rubric phrase (`bewoner* beslissen`, `*budget`, `co-creatie` →
  /// two words); see the rubric format, "Indicators: the phrase syntax".
  ///
  /// The phrase is tokenized like plan text, so it splits at spaces, hyphens
  /// and punctuation and folds case and diacritics. A `*` touching the start of
  /// a word makes it a suffix pattern, one touching its end a prefix pattern,
  /// both an infix pattern; their cores are folded, not stemmed (a `*budget`
  /// suffix core is matched against both the token's folded form and its
  /// stem). Plain words are folded and stemmed with `analyzer`, exactly as
  /// tokens are. A `*` that touches no word is ignored.
  /// - Returns: `nil` for a phrase with no words (empty, only `*`, only punctuation).
  init?(parsing phrase: String, analyzer: TextAnalyzer) {
    let text = phrase[...]
    let tokens = analyzer.tokens(in: text)
    guard !tokens.isEmpty else { return nil }
    let star = UInt8(ascii: "*")
    let words = UTF8Text.withBytes(of: text) { bytes in
      tokens.map { token -> WordPattern in
        let starBefore = token.start > 0 && bytes[token.start - 1] == star
        let starAfter = token.end < bytes.count && bytes[token.end] == star
        switch (starBefore, starAfter) {
        case (false, false): return .stem(analyzer.stem(of: token))
        case (true, false): return .suffix(token.folded)
        case (false, true): return .prefix(token.folded)
        case (true, true): return .infix(token.folded)
        }
      }
    }
    self.init(words: words)
  }
}
