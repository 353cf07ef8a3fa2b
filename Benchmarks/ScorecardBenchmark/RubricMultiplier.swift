import PlanReading
import Scoring

/// Makes a rubric with N times as many phrases, to show that scoring cost does
/// not grow with the size of the vocabulary.
enum RubricMultiplier {
  /// Adds N−1 distinct copies of every indicator, each with an extra made-up
  /// word, so the copies are real, different phrases that rarely match.
  static func multiply(_ rubric: Rubric, by factor: Int) -> Rubric {
    guard factor > 1 else { return rubric }
    var copy = rubric
    for groupIndex in copy.groups.indices {
      for language in copy.languages {
        let original = copy.groups[groupIndex].indicators[language] ?? []
        var grown = original
        for round in 1..<factor {
          for (index, indicator) in original.enumerated() {
            var extra = indicator
            extra.phrase = indicator.phrase + " " + madeUpWord(round * 7_919 + index)
            grown.append(extra)
          }
        }
        copy.groups[groupIndex].indicators[language] = grown
      }
    }
    return copy
  }

  /// The number of indicator phrases over all groups and languages.
  static func phraseCount(_ rubric: Rubric) -> Int {
    rubric.groups.reduce(0) { sum, group in
      sum + group.indicators.values.reduce(0) { $0 + $1.count }
    }
  }

  private static func madeUpWord(_ seed: Int) -> String {
    let letters = Array("bcdfghjklmnpqrstvwxz")
    var value = seed
    var word = "q"
    for _ in 0..<5 {
      word.append(letters[value % letters.count])
      value /= letters.count
      value += 3
    }
    return word
  }
}
