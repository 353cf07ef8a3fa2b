import Foundation
import PlanReading

/// Measures the ``Readability`` of a plan's running text.
///
/// Counted are paragraphs and list items (headings and table cells are not
/// sentences a resident reads as prose), split into sentences as the engine
/// splits them. A word is a run of letters, with `'` or `-` inside it
/// allowed; numbers and codes are no words. A hyphenated word counts the
/// syllables of each part.
public struct ReadabilityMeter: Sendable {
  /// The language of the text: picks the patterns and the formula.
  public let language: PlanLanguage

  /// Creates a meter for a language.
  public init(language: PlanLanguage) {
    self.language = language
  }

  /// The figures of a plan, or `nil` when the hyphenation patterns of its
  /// language are not installed or it has no running text.
  public func measure(_ document: PlanDocument) -> Readability? {
    measure(
      paragraphs: document.blocks.filter { $0.kind == .paragraph || $0.kind == .listItem }
        .map(\.text))
  }

  /// The figures of paragraphs of text (each ends a sentence).
  public func measure(paragraphs: [String]) -> Readability? {
    guard let hyphenator = Hyphenator.forLanguage(language) else { return nil }
    var sentences = 0
    var words = 0
    var syllables = 0
    var longWords = 0
    // Plans repeat their words; each distinct word is hyphenated once.
    var syllableCache: [Substring: Int] = [:]
    for paragraph in paragraphs {
      var text = paragraph
      let ranges = text.withUTF8 { SentenceSplitter.split($0) }
      let utf8 = Array(paragraph.utf8)
      for range in ranges {
        let sentence = String(decoding: utf8[range], as: UTF8.self)
        let found = Self.words(in: sentence)
        guard !found.isEmpty else { continue }
        sentences += 1
        for word in found {
          words += 1
          for part in word.split(separator: "-") {
            if let known = syllableCache[part] {
              syllables += known
            } else {
              let counted = hyphenator.syllables(String(part))
              syllableCache[part] = counted
              syllables += counted
            }
          }
          if Self.letterCount(of: word) > 6 { longWords += 1 }
        }
      }
    }
    guard words > 0 else { return nil }
    return Readability(
      language: language, sentences: sentences, words: words, syllables: syllables,
      longWords: longWords)
  }

  /// The words of a sentence: runs of letters, `'` and `-` allowed inside.
  static func words(in sentence: String) -> [String] {
    if sentence.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(in: sentence.utf8) }
    var result: [String] = []
    var current = ""
    func flush() {
      // A word starts with a letter, so only its end can hold `-` or `'`.
      while let last = current.last, Self.isJoiner(last) { current.removeLast() }
      if !current.isEmpty && current.count <= 60 { result.append(current) }
      current = ""
    }
    for character in sentence {
      if character.isLetter || (Self.isJoiner(character) && !current.isEmpty) {
        current.append(character)
      } else {
        flush()
      }
    }
    flush()
    return result
  }

  /// The letters (as graphemes) of a word from ``words(in:)``.
  static func letterCount(of word: String) -> Int {
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      return word.utf8.count - word.utf8.count { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }
    }
    return word.filter(\.isLetter).count
  }

  /// Whether a character may join the letters of one word.
  private static func isJoiner(_ character: Character) -> Bool {
    character == "-" || character == "'" || character == "’"
  }

  /// ``words(in:)`` for text of ASCII characters only, where every byte is a
  /// character and the letters are `A`–`Z` and `a`–`z`.
  private static func asciiWords(in bytes: String.UTF8View) -> [String] {
    var result: [String] = []
    var current: [UInt8] = []
    func flush() {
      while let last = current.last, last == UInt8(ascii: "-") || last == UInt8(ascii: "'") {
        current.removeLast()
      }
      if !current.isEmpty && current.count <= 60 {
        result.append(String(decoding: current, as: UTF8.self))
      }
      current.removeAll(keepingCapacity: true)
    }
    for byte in bytes {
      let lower = byte | 0x20
      if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
        || ((byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")) && !current.isEmpty)
      {
        current.append(byte)
      } else {
        flush()
      }
    }
    flush()
    return result
  }
}
