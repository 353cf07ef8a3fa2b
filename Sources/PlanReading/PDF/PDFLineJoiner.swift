import Foundation

/// Joins the lines of one block into running text, undoing line-end
/// hyphenation.
///
/// A line that ends in a hyphen right after a letter was broken there. The
/// hyphen is dropped and the halves joined ("participa-" + "tie" →
/// "participatie") when the next line goes on in lower case, unless
/// - the first half already holds a hyphen ("deur-aan-" + "deur"), or the
///   hyphenated form stands elsewhere in the document and the joined form
///   does not: the hyphen was written, so it is kept;
/// - the next word is a conjunction ("woon-" + "en werkgebied"): the hyphen
///   stands for a left-out word, and a space follows it.
///
/// Before a capital or a digit the hyphen is a real one and kept, without a
/// space ("Noord-" + "Holland" → "Noord-Holland"). A soft hyphen (U+00AD)
/// always goes. A dash or slash right after a word joins without a space
/// ("2025–" + "2028").
struct PDFLineJoiner {
  /// The words that stand in the document, lower-cased, hyphenated ones too.
  let vocabulary: Set<String>

  private static let conjunctions: Set<String> = ["en", "of", "and", "or", "tot", "als"]

  /// The vocabulary of the lines: every word, except a word broken at a line end.
  static func vocabulary<S: Sequence>(of lines: S) -> Set<String> where S.Element == String {
    var words = Set<String>()
    for line in lines {
      var tokens = line.split(separator: " ")
      if line.hasSuffix("-") { tokens = tokens.dropLast() }
      for token in tokens {
        let word = token.trimmingCharacters(in: .letters.union(.init(charactersIn: "-")).inverted)
        if !word.isEmpty { words.insert(word.lowercased()) }
      }
    }
    return words
  }

  /// `text` with `next` appended, as one running text.
  func join(_ text: String, _ next: String) -> String {
    guard let last = text.last, let first = next.first else { return text + next }
    if last == "\u{AD}" { return text.dropLast() + next }
    let beforeLast = text.dropLast().last
    if last == "-", let beforeLast, beforeLast.isLetter {
      return joinHyphenated(text, next, first: first)
    }
    if "–—/".contains(last), let beforeLast, !beforeLast.isWhitespace {
      return text + next
    }
    return text + " " + next
  }

  private func joinHyphenated(_ text: String, _ next: String, first: Character) -> String {
    guard first.isLetter, first.isLowercase else { return text + next }
    let left = String(text.dropLast().split(separator: " ").last ?? "")
      .trimmingCharacters(in: .letters.union(.init(charactersIn: "-")).inverted)
    let right = String(next.split(separator: " ").first ?? "")
    let rightWord = right.trimmingCharacters(in: .letters.union(.init(charactersIn: "-")).inverted)
    if Self.conjunctions.contains(rightWord.lowercased()) { return text + " " + next }
    if left.contains("-") || rightWord.contains("-") { return text + next }
    let joined = (left + rightWord).lowercased()
    let hyphenated = (left + "-" + rightWord).lowercased()
    if vocabulary.contains(hyphenated), !vocabulary.contains(joined) { return text + next }
    return text.dropLast() + next
  }
}
