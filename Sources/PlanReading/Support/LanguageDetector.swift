/// Tells Dutch from English text by counting frequent function words.
enum LanguageDetector {
  private static let dutch: Set<Substring> = [
    "de", "het", "een", "en", "van", "in", "is", "op", "te", "dat", "die", "voor", "met",
    "zijn", "niet", "aan", "er", "wordt", "worden", "bij", "ook", "naar", "om", "door", "als",
    "deze", "dit", "wij", "we", "hebben", "heeft", "kunnen", "zal", "uit", "over", "tot",
  ]
  private static let english: Set<Substring> = [
    "the", "a", "an", "and", "of", "in", "is", "on", "to", "that", "for", "with", "be",
    "are", "not", "at", "it", "this", "by", "from", "as", "was", "were", "have", "has",
    "will", "we", "our", "their", "which", "or", "can", "been", "would", "should",
  ]

  /// The language of the text: Dutch unless English function words clearly win.
  /// Reads at most about 20,000 words.
  static func detect<S: Sequence>(in texts: S) -> PlanLanguage where S.Element == String {
    var dutchCount = 0
    var englishCount = 0
    var seen = 0
    for text in texts {
      for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
        if dutch.contains(word) { dutchCount += 1 }
        if english.contains(word) { englishCount += 1 }
        seen += 1
      }
      if seen > 20_000 { break }
    }
    return englishCount > dutchCount ? .en : .nl
  }
}
