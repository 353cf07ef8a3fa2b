// MARK: - Sentences

extension TextAnalyzer {
  /// The sentences of a paragraph as UTF-8 byte ranges of `text`, trimmed of
  /// white space and never empty; see ``SentenceSplitter`` for the rules.
  ///
  /// Abbreviations (`bijv.`, `o.a.`, `Mr.`), initials (`J.C. de Vries`),
  /// numbers (`3.2`, `€ 25.000,-`) and ellipses followed by lower case do not
  /// end a sentence; `;` never does.
  func sentences(in text: String) -> [Range<Int>] {
    cappedSentences(in: text).ranges
  }

  /// ``sentences(in:)``, and how many runs longer than
  /// ``SentenceSplitter/maxSentenceBytes`` were cut into pieces.
  func cappedSentences(in text: String) -> (ranges: [Range<Int>], capped: Int) {
    UTF8Text.withBytes(of: text[...]) {
      SentenceSplitter.split($0, maxBytes: SentenceSplitter.maxSentenceBytes)
    }
  }
}
