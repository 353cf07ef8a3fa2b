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
        let word = trimmed(token)
        if !word.isEmpty { words.insert(word.lowercased()) }
      }
    }
    return words
  }

  /// Appends the next line to the running text, in place.
  func append(_ next: String, to text: inout String) {
    guard let last = text.last, let first = next.first else {
      text += next
      return
    }
    let beforeLast = text.dropLast().last
    switch separator(after: text, last: last, beforeLast: beforeLast, next: next, first: first) {
    case .space: text += " "
    case .none: break
    case .dropLast: text.removeLast()
    }
    text += next
  }

  /// What goes between the end of a line and the next line.
  private enum Separator {
    case space, none, dropLast
  }

  private func separator(
    after text: String, last: Character, beforeLast: Character?, next: String, first: Character
  ) -> Separator {
    if last == "\u{AD}" { return .dropLast }
    if last == "-", let beforeLast, beforeLast.isLetter {
      return hyphenated(text, next, first: first)
    }
    if "–—/".contains(last), let beforeLast, !beforeLast.isWhitespace { return .none }
    return .space
  }

  private func hyphenated(_ text: String, _ next: String, first: Character) -> Separator {
    guard first.isLetter, first.isLowercase else { return .none }
    let body = text.dropLast()
    let left = Self.trimmed(
      body[(body.lastIndex(of: " ").map(body.index(after:)) ?? body.startIndex)...])
    let rightWord = Self.trimmed(next.prefix { $0 != " " })
    if Self.conjunctions.contains(rightWord.lowercased()) { return .space }
    if left.contains("-") || rightWord.contains("-") { return .none }
    let joined = (left + rightWord).lowercased()
    let hyphenated = (left + "-" + rightWord).lowercased()
    if vocabulary.contains(hyphenated), !vocabulary.contains(joined) { return .none }
    return .dropLast
  }

  /// A word without the punctuation around it: letters and hyphens kept.
  private static func trimmed<S: StringProtocol>(_ token: S) -> String {
    let isWord: (Character) -> Bool = { $0.isLetter || $0 == "-" }
    guard let first = token.firstIndex(where: isWord), let last = token.lastIndex(where: isWord)
    else { return "" }
    return String(token[first...last])
  }
}
