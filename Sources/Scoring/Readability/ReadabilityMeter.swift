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
    var tally = Tally(hyphenator: hyphenator)
    for paragraph in paragraphs {
      var text = paragraph
      text.withUTF8 { bytes in
        for range in SentenceSplitter.split(bytes) {
          let sentence = UnsafeBufferPointer(rebasing: bytes[range])
          // Most sentences are ASCII: their words are counted on the bytes.
          if sentence.allSatisfy({ $0 < 0x80 }) {
            tally.countASCII(sentence)
          } else {
            tally.count(Self.words(in: String(decoding: sentence, as: UTF8.self)))
          }
        }
      }
    }
    guard tally.words > 0 else { return nil }
    return Readability(
      language: language, sentences: tally.sentences, words: tally.words,
      syllables: tally.syllables, longWords: tally.longWords)
  }

  /// The running counts of ``measure(paragraphs:)``.
  private struct Tally {
    let hyphenator: Hyphenator
    var sentences = 0
    var words = 0
    var syllables = 0
    var longWords = 0
    /// Plans repeat their words; each distinct word is hyphenated once.
    var syllableCache: [String: Int] = [:]

    init(hyphenator: Hyphenator) {
      self.hyphenator = hyphenator
    }

    /// Counts the words of one sentence (none: no sentence).
    mutating func count(_ found: [String]) {
      guard !found.isEmpty else { return }
      sentences += 1
      for word in found {
        words += 1
        for part in word.split(separator: "-") { addSyllables(of: String(part)) }
        if ReadabilityMeter.letterCount(of: word) > 6 { longWords += 1 }
      }
    }

    /// ``count(_:)`` for a sentence of ASCII bytes, where every byte is a
    /// character and the letters are `A`–`Z` and `a`–`z`: the words of
    /// ``ReadabilityMeter/words(in:)``, found without building strings.
    mutating func countASCII(_ sentence: UnsafeBufferPointer<UInt8>) {
      let hyphen = UInt8(ascii: "-")
      let apostrophe = UInt8(ascii: "'")
      var found = false
      var index = 0
      while index < sentence.count {
        guard Self.isLetter(sentence[index]) else {
          index += 1
          continue
        }
        let start = index
        while index < sentence.count,
          Self.isLetter(sentence[index]) || sentence[index] == hyphen
            || sentence[index] == apostrophe
        {
          index += 1
        }
        // A word starts with a letter, so only its end can hold `-` or `'`.
        var end = index
        while sentence[end - 1] == hyphen || sentence[end - 1] == apostrophe { end -= 1 }
        guard end - start <= 60 else { continue }
        found = true
        words += 1
        var joiners = 0
        var partStart = start
        for position in start...end {
          let atEnd = position == end
          if !atEnd, sentence[position] == apostrophe { joiners += 1 }
          guard atEnd || sentence[position] == hyphen else { continue }
          if !atEnd { joiners += 1 }
          if position > partStart {
            let part = UnsafeBufferPointer(rebasing: sentence[partStart..<position])
            addSyllables(of: String(decoding: part, as: UTF8.self))
          }
          partStart = position + 1
        }
        if end - start - joiners > 6 { longWords += 1 }
      }
      if found { sentences += 1 }
    }

    private mutating func addSyllables(of part: String) {
      if let known = syllableCache[part] {
        syllables += known
      } else {
        let counted = hyphenator.syllables(part)
        syllableCache[part] = counted
        syllables += counted
      }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
      let lower = byte | 0x20
      return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }
  }

  /// The words of a sentence: runs of letters, `'` and `-` allowed inside.
  static func words(in sentence: String) -> [String] {
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
}
