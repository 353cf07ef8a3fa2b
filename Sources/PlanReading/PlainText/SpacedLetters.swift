/// Rejoins words that PDF conversion spelled out letter by letter
/// (`P a r t i c i p a t i e`, or with a few pairs left: `I n l ei d i n g`).
///
/// A run of at least four words of one or two letters each, at least three of
/// them (and at least 60 %) single letters, is joined into one word. Where a
/// capital follows a lower-case letter inside the run, a space is put back
/// (`G e m e e n t e O o s t` becomes `Gemeente Oost`); other word breaks
/// inside a run cannot be recovered.
enum SpacedLetters {
  /// The fewest words in a run that is joined.
  private static let minimumRun = 4
  /// The fewest single letters in a run that is joined.
  private static let minimumSingles = 3

  /// The text with spaced-out runs joined; collapsed text goes in and out.
  static func rejoin(_ text: String) -> String {
    guard mayHaveRuns(text) else { return text }
    let words = text.split(separator: " ")
    var output: [String] = []
    var index = 0
    while index < words.count {
      let run = runLength(in: words, from: index)
      if run > 0 {
        output.append(join(words[index..<index + run]))
        index += run
      } else {
        output.append(String(words[index]))
        index += 1
      }
    }
    return output.joined(separator: " ")
  }

  // MARK: - Runs

  /// Whether the text has at least three one-letter words (ASCII letters
  /// between spaces): a cheap test before the real one.
  static func mayHaveRuns(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(mayHaveRuns(bytes:))
  }

  /// ``mayHaveRuns(_:)`` on the UTF-8 bytes: only the first byte of each word
  /// (at the start or after a space) is looked at; the rest of the word is
  /// skipped to the next space.
  private static func mayHaveRuns(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let count = bytes.count
    var singles = 0
    var index = 0
    while index < count {
      if index + 1 == count || base[index + 1] == 0x20, isLetter(base[index]) {
        singles += 1
        if singles >= minimumSingles { return true }
      }
      while index < count, base[index] != 0x20 { index += 1 }
      index += 1
    }
    return false
  }

  /// Whether a byte is an ASCII letter.
  private static func isLetter(_ byte: UInt8) -> Bool {
    let lowered = byte | 0x20
    return lowered >= 0x61 && lowered <= 0x7A
  }

  /// The number of words in the joinable run that starts at `start`, or 0.
  private static func runLength(in words: [Substring], from start: Int) -> Int {
    var end = start
    var singles = 0
    while end < words.count, isShortLetterWord(words[end]) {
      if words[end].count == 1 { singles += 1 }
      end += 1
    }
    // A run may not start or end with a pair: `is e e n` keeps `is`.
    while end > start, words[end - 1].count == 2 { end -= 1 }
    var first = start
    while first < end, words[first].count == 2 { first += 1 }
    guard first == start else { return 0 }
    let length = end - start
    guard length >= minimumRun, singles >= minimumSingles, singles * 10 >= length * 6 else {
      return 0
    }
    return length
  }

  /// Whether a word is one or two letters.
  private static func isShortLetterWord(_ word: Substring) -> Bool {
    word.count <= 2 && word.allSatisfy(\.isLetter)
  }

  /// Joins the words of a run, with a space where a capital follows a
  /// lower-case letter.
  private static func join(_ words: ArraySlice<Substring>) -> String {
    var joined = ""
    for word in words {
      if let last = joined.last, last.isLowercase, word.first?.isUppercase == true {
        joined.append(" ")
      }
      joined += word
    }
    return joined
  }
}
