import PlanReading

/// How readable a plan's running text is for residents.
///
/// A Flesch score and the figures it is made of, shown beside the grade and
/// never part of it.
///
/// Dutch plans get Flesch-Douma (206.84 − 0.77 × syllables per 100 words −
/// 0.93 × words per sentence), English plans Flesch Reading Ease (206.835 −
/// 1.015 × words per sentence − 84.6 × syllables per word). On both scales
/// higher is easier: 60 to 70 is plain language, below 30 is very hard.
/// Syllables come from libhyphen's hyphenation patterns (``Hyphenator``).
public struct Readability: Sendable, Codable, Equatable {
  /// `flesch-douma` (Dutch) or `flesch-reading-ease` (English).
  public var formula: String
  /// The score, one decimal; higher is easier.
  public var score: Double
  /// Words per sentence, one decimal.
  public var wordsPerSentence: Double
  /// Syllables per word, two decimals.
  public var syllablesPerWord: Double
  /// The share of long words (more than six letters), 0 to 100, one decimal.
  public var longWordPercent: Double
  /// The sentences counted (running text and list items; no headings or tables).
  public var sentences: Int
  /// The words counted.
  public var words: Int

  /// Creates the figures from counts.
  /// - Parameters:
  ///   - language: Picks the formula.
  ///   - sentences: Sentences, at least 1.
  ///   - words: Words, at least 1.
  ///   - syllables: Syllables of all words.
  ///   - longWords: Words of more than six letters.
  public init(language: PlanLanguage, sentences: Int, words: Int, syllables: Int, longWords: Int) {
    let perSentence = Double(words) / Double(max(sentences, 1))
    let perWord = Double(syllables) / Double(max(words, 1))
    switch language {
    case .nl:
      formula = "flesch-douma"
      score = 206.84 - 0.77 * (perWord * 100) - 0.93 * perSentence
    case .en:
      formula = "flesch-reading-ease"
      score = 206.835 - 1.015 * perSentence - 84.6 * perWord
    }
    score = Self.round(score, 1)
    wordsPerSentence = Self.round(perSentence, 1)
    syllablesPerWord = Self.round(perWord, 2)
    longWordPercent = Self.round(Double(longWords) * 100 / Double(max(words, 1)), 1)
    self.sentences = sentences
    self.words = words
  }

  /// A band of the score for readers: `easy`, `plain`, `hard` or `very_hard`.
  public var band: String {
    score >= 70 ? "easy" : score >= 50 ? "plain" : score >= 30 ? "hard" : "very_hard"
  }

  private static func round(_ value: Double, _ places: Int) -> Double {
    let factor = places == 1 ? 10.0 : 100.0
    return (value * factor).rounded() / factor
  }

  enum CodingKeys: String, CodingKey {
    case formula, score
    case wordsPerSentence = "words_per_sentence"
    case syllablesPerWord = "syllables_per_word"
    case longWordPercent = "long_word_percent"
    case sentences, words
  }
}
