/// The Dutch plurals a wildcard word does not match.
///
/// A wildcard matches the written word, not its stem, and Dutch writes a long
/// vowel single in an open syllable: `wijkraad*` matches `wijkraad` and
/// `wijkraadsleden` but not `wijkraden`, `aanvraag*` not `aanvragen`,
/// `spreekuur*` not `spreekuren`.
enum DutchPlural {
  /// Consonants that close a syllable after a long vowel.
  private static let consonants = Set("bcdfgklmnprst")
  /// Endings of nouns for people that take `-s` in the plural
  /// (`ontwikkelaars`, `makelaars`), so the wildcard already matches it.
  private static let personSuffixes = ["laar", "naar", "raar"]

  /// The wildcard for the plural that `word` misses (`wijkraad*` →
  /// `wijkraden*`), or `nil` when `word` ends in no `*` or its plural keeps
  /// the written stem.
  static func missed(by word: Substring) -> String? {
    guard word.hasSuffix("*") else { return nil }
    let core = Array(word.dropLast())
    guard core.count >= 3, let last = core.last, consonants.contains(last) else { return nil }
    let vowel = core[core.count - 2]
    guard "aeou".contains(vowel), core[core.count - 3] == vowel else { return nil }
    // "eeuw", "haai": a vowel before the pair makes it another sound.
    if core.count >= 4, "aeiouy".contains(core[core.count - 4]) { return nil }
    let text = String(core)
    if personSuffixes.contains(where: { text.hasSuffix($0) && text.count > $0.count + 1 }) {
      return nil
    }
    return String(core.dropLast(2)) + String(last) + "en*"
  }

  /// `phrase` with every word whose plural a wildcard misses replaced by the
  /// plural's wildcard, or `nil` when it has no such word. A word after the
  /// singular article `een` is left alone.
  static func pluralized(_ phrase: String) -> String? {
    let words = phrase.split(separator: " ", omittingEmptySubsequences: true)
    var changed = false
    var result: [String] = []
    for (index, word) in words.enumerated() {
      let afterArticle = index > 0 && words[index - 1].lowercased() == "een"
      if !afterArticle, let plural = missed(by: word) {
        result.append(plural)
        changed = true
      } else {
        result.append(String(word))
      }
    }
    return changed ? result.joined(separator: " ") : nil
  }
}
