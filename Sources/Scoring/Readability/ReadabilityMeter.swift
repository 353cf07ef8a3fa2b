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
          syllables += word.split(separator: "-").reduce(0) {
            $0 + hyphenator.syllables(String($1))
          }
          if word.filter(\.isLetter).count > 6 { longWords += 1 }
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
    var result: [String] = []
    var current = ""
    func flush() {
      let word = current.trimmingCharacters(in: CharacterSet(charactersIn: "-'’"))
      if !word.isEmpty && word.count <= 60 { result.append(word) }
      current = ""
    }
    for character in sentence {
      if character.isLetter
        || ((character == "-" || character == "'" || character == "’") && !current.isEmpty)
      {
        current.append(character)
      } else {
        flush()
      }
    }
    flush()
    return result
  }
}
