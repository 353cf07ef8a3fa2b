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
    figures(of: tally(paragraphs: paragraphs))
  }

  /// ``measure(_:)`` of a document whose blocks the engine has split into
  /// `sentences` already (every sentence of every block, in order, as
  /// ``SentenceSplitter`` splits them), so they are not split again.
  func measure(_ document: PlanDocument, sentences: [ScannedSentence]) -> Readability? {
    guard let hyphenator = Hyphenator.forLanguage(language) else { return nil }
    var tally = Tally(hyphenator: hyphenator)
    var next = 0
    for (index, block) in document.blocks.enumerated() {
      while next < sentences.count, sentences[next].block < index { next += 1 }
      guard block.kind == .paragraph || block.kind == .listItem else { continue }
      var text = block.text
      text.withUTF8 { bytes in
        while next < sentences.count, sentences[next].block == index {
          tally.countSentence(UnsafeBufferPointer(rebasing: bytes[sentences[next].range]))
          next += 1
        }
      }
    }
    tally.returnCache()
    return figures(of: tally)
  }

  /// The figures of counts, or `nil` without counts or words.
  private func figures(of tally: Tally?) -> Readability? {
    guard let tally, tally.words > 0 else { return nil }
    return Readability(
      language: language, sentences: tally.sentences, words: tally.words,
      syllables: tally.syllables, longWords: tally.longWords)
  }

  /// The counts behind ``measure(paragraphs:)``, or `nil` when the
  /// hyphenation patterns of the language are not installed.
  func tally(paragraphs: [String]) -> Tally? {
    guard let hyphenator = Hyphenator.forLanguage(language) else { return nil }
    var tally = Tally(hyphenator: hyphenator)
    for paragraph in paragraphs {
      var text = paragraph
      text.withUTF8 { bytes in
        for range in SentenceSplitter.split(bytes) {
          tally.countSentence(UnsafeBufferPointer(rebasing: bytes[range]))
        }
      }
    }
    tally.returnCache()
    return tally
  }

  /// The running counts of ``measure(paragraphs:)``.
  struct Tally {
    let hyphenator: Hyphenator
    var sentences = 0
    var words = 0
    var syllables = 0
    var longWords = 0
    /// Plans repeat their words, and a batch repeats them from plan to
    /// plan: the syllables of the word parts met before by whoever had this
    /// cache (one user at a time, ``Hyphenator/takeCache()``), found without
    /// the hyphenator's lock; other parts are hyphenated (or looked up in
    /// the hyphenator's shared cache) once. Keyed by exact bytes, it changes
    /// no count.
    private var syllableCache: SyllableCache

    init(hyphenator: Hyphenator) {
      self.hyphenator = hyphenator
      syllableCache = hyphenator.takeCache()
    }

    /// Gives the cache back to the hyphenator for the next plan; call it
    /// once, when the counting is done.
    func returnCache() {
      hyphenator.putCache(syllableCache)
    }

    /// Counts the words of one sentence. Most sentences are counted on their
    /// bytes; only those with scalars that join into one character take the
    /// Character path.
    mutating func countSentence(_ sentence: UnsafeBufferPointer<UInt8>) {
      if UTF8Text.scalarsAreCharacters(sentence) {
        countBytes(sentence)
      } else {
        count(ReadabilityMeter.words(in: String(decoding: sentence, as: UTF8.self)))
      }
    }

    /// Counts the words of one sentence (none: no sentence).
    mutating func count(_ found: [String]) {
      guard !found.isEmpty else { return }
      sentences += 1
      for word in found {
        words += 1
        for part in word.split(separator: "-") {
          var part = String(part)
          part.withUTF8 { addSyllables(of: $0) }
        }
        if ReadabilityMeter.letterCount(of: word) > 6 { longWords += 1 }
      }
    }

    /// ``count(_:)`` for a sentence in which every scalar is a character of
    /// its own (``UTF8Text/scalarsAreCharacters(_:)``): the words of
    /// ``ReadabilityMeter/words(in:)``, found on the bytes without building
    /// strings. A letter is a scalar with the Alphabetic property (what
    /// `Character.isLetter` tests), a joiner `-`, `'` or `’`.
    mutating func countBytes(_ sentence: UnsafeBufferPointer<UInt8>) {
      var found = false
      var index = 0
      while index < sentence.count {
        let (firstKind, firstLength) = Self.kind(in: sentence, at: index)
        guard firstKind == .letter else {
          index += firstLength
          continue
        }
        let start = index
        // The end and length (in scalars) of the word up to its last letter,
        // the joiners within it, and whether one of them is a `-`.
        index += firstLength
        var length = 1
        while index < sentence.count, UTF8Text.isASCIILetter(sentence[index]) {
          index += 1
          length += 1
        }
        var end = index
        var joiners = 0
        var pendingJoiners = 0
        var pendingHyphen = false
        var hyphenated = false
        while index < sentence.count {
          let (kind, kindLength) = Self.kind(in: sentence, at: index)
          if kind == .letter {
            length += pendingJoiners + 1
            joiners += pendingJoiners
            hyphenated = hyphenated || pendingHyphen
            pendingJoiners = 0
            pendingHyphen = false
            index += kindLength
            // The ASCII letters that follow change nothing but the length.
            while index < sentence.count, UTF8Text.isASCIILetter(sentence[index]) {
              index += 1
              length += 1
            }
            end = index
          } else if kind == .joiner {
            pendingJoiners += 1
            pendingHyphen = pendingHyphen || sentence[index] == UInt8(ascii: "-")
            index += kindLength
          } else {
            break
          }
        }
        // A word starts with a letter, so only its end can hold joiners,
        // which are not part of it.
        guard length <= 60 else { continue }
        found = true
        words += 1
        if hyphenated {
          addSyllablesOfParts(UnsafeBufferPointer(rebasing: sentence[start..<end]))
        } else {
          addSyllables(of: UnsafeBufferPointer(rebasing: sentence[start..<end]))
        }
        if length - joiners > 6 { longWords += 1 }
      }
      if found { sentences += 1 }
    }

    /// What the scalar at `index` is to a word, and its length in bytes.
    private enum ScalarKind { case letter, joiner, other }

    @inline(__always)
    private static func kind(
      in sentence: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (ScalarKind, Int) {
      let byte = sentence[index]
      if byte < 0x80 {
        if UTF8Text.isASCIILetter(byte) { return (.letter, 1) }
        return (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") ? .joiner : .other, 1)
      }
      let (scalar, length) = UTF8Text.scalar(in: sentence, at: index)
      if scalar.properties.isAlphabetic { return (.letter, length) }
      return (scalar == "’" ? .joiner : .other, length)
    }

    /// Adds the syllables of each part of a word between its `-`s.
    private mutating func addSyllablesOfParts(_ word: UnsafeBufferPointer<UInt8>) {
      var partStart = 0
      for position in 0...word.count {
        guard position == word.count || word[position] == UInt8(ascii: "-") else { continue }
        if position > partStart {
          addSyllables(of: UnsafeBufferPointer(rebasing: word[partStart..<position]))
        }
        partStart = position + 1
      }
    }

    private mutating func addSyllables(of part: UnsafeBufferPointer<UInt8>) {
      if let known = syllableCache.syllables(of: part) {
        syllables += known
      } else {
        let counted = hyphenator.syllables(part)
        syllableCache.insert(part, syllables: counted)
        syllables += counted
      }
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
      return word.utf8.count
        - word.utf8.count { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }
    }
    return word.filter(\.isLetter).count
  }

  /// Whether a character may join the letters of one word.
  private static func isJoiner(_ character: Character) -> Bool {
    character == "-" || character == "'" || character == "’"
  }
}
