/// Checks phrases in the indicator syntax: words of letters and digits,
/// split at spaces, hyphens and punctuation, with an optional `*` at the
/// start or the end of a word.
enum PhraseSyntax {
  /// What is wrong with `phrase`, or `nil` when it is a valid phrase.
  static func problem(in phrase: String) -> String? {
    let words = words(of: phrase)
    if words.isEmpty {
      return phrase.allSatisfy(\.isWhitespace)
        ? "empty phrase; write a word or remove the entry"
        : "the phrase `\(phrase)` has no words; use letters or digits"
    }
    for word in words {
      var core = Substring(word)
      if core.hasPrefix("*") { core = core.dropFirst() }
      if core.hasSuffix("*") { core = core.dropLast() }
      if core.isEmpty || core.contains("*") {
        return "`\(word)` in the phrase `\(phrase)`: a `*` may stand only at the start or the "
          + "end of a word, next to at least one letter"
      }
    }
    return nil
  }

  /// The phrase in a form that compares equal for the same words: lower
  /// case, one space between words.
  static func normalized(_ phrase: String) -> String {
    words(of: phrase.lowercased()).joined(separator: " ")
  }

  /// The words of `phrase`: runs of letters, digits and `*`.
  private static func words(of phrase: String) -> [String] {
    phrase.split { !($0.isLetter || $0.isNumber || $0 == "*") }.map(String.init)
  }
}
