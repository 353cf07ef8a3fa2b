/// Splits a paragraph into sentences over its UTF-8 bytes.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotes or
/// brackets after it) when white space follows and then a capital, a digit, an
/// opening quote or bracket, or the end of the text. A period does not end a
/// sentence after a known abbreviation (`bijv.`, `o.a.`, `Mr.`), after initials
/// (`J.C.`), or after the number of a numbered heading (`1. Inleiding`); a
/// period inside a number (`3.2`, `25.000`) has no space after it. Bullets
/// (`•`, `▪`, …) and blank lines also separate sentences; `;` does not.
///
/// A run without any of these ends longer than ``maxSentenceBytes`` (a table
/// or a generated file written as one "sentence") is cut into pieces of at
/// most that length, at a space where there is one, so that scoring a sentence
/// costs what its length costs. No sentence of real prose is that long.
enum SentenceSplitter {
  /// The longest sentence, in UTF-8 bytes; a longer run is cut into pieces.
  static let maxSentenceBytes = 16_384

  /// UTF-8 byte ranges of the sentences of `bytes`, trimmed of white space;
  /// stretches without any letter or digit are left out.
  static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    split(bytes, maxBytes: maxSentenceBytes).ranges
  }

  /// ``split(_:)`` with the sentence length capped at `maxBytes`, and how many
  /// runs were cut because they were longer.
  static func split(
    _ bytes: UnsafeBufferPointer<UInt8>, maxBytes: Int
  ) -> (ranges: [Range<Int>], capped: Int) {
    var ranges = Ranges(maxBytes: max(maxBytes, 4))
    var sentenceStart = 0
    var index = 0
    while true {
      index = nextCandidate(in: bytes, from: index)
      guard index < bytes.count else { break }
      let byte = bytes[index]
      if isTerminator(bytes, at: index) {
        let end = endOfTerminators(bytes, from: index)
        if endsSentence(bytes, terminator: index, runEnd: end, sentenceStart: sentenceStart) {
          ranges.append(sentenceStart..<end, of: bytes)
          sentenceStart = end
        }
        index = end
      } else if let length = bulletLength(bytes, at: index) {
        ranges.append(sentenceStart..<index, of: bytes)
        index += length
        sentenceStart = index
      } else if byte == 0x0A, startsBlankLineOrListItem(bytes, after: index) {
        ranges.append(sentenceStart..<index, of: bytes)
        index += 1
        sentenceStart = index
      } else {
        index += 1
      }
    }
    ranges.append(sentenceStart..<bytes.count, of: bytes)
    return (ranges.ranges, ranges.capped)
  }

  // MARK: - Candidates

  /// The index of the first byte at or after `index` that may end or
  /// separate a sentence: `.`, `!`, `?`, a line feed, or a byte from `0xE2`
  /// on (which starts an ellipsis, a bullet or a space beyond ASCII);
  /// `bytes.count` when there is none. Eight bytes without one are passed
  /// over at a time.
  static func nextCandidate(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var index = index
    if let base = bytes.baseAddress {
      while index + 8 <= bytes.count,
        !mayHoldCandidate(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0xE2 || byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x0A {
        return index
      }
      index += 1
    }
    return index
  }

  /// Whether any of eight bytes is `.`, `!`, `?`, a line feed or from `0xE2`
  /// on; exact as a yes or no, whatever the byte order.
  @inline(__always)
  private static func mayHoldCandidate(_ chunk: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    /// Whether a byte of `word` is zero (the classic test, exact as a yes or no).
    func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highBits != 0 }
    // A byte from 0xE2 on has its high bit set and, below it, 0x62 or more.
    let high = ((chunk & ~highBits) &+ 0x1E1E_1E1E_1E1E_1E1E) & chunk & highBits
    return high != 0 || hasZero(chunk ^ (0x2E * ones)) || hasZero(chunk ^ (0x21 * ones))
      || hasZero(chunk ^ (0x3F * ones)) || hasZero(chunk ^ (0x0A * ones))
  }

  // MARK: - Sentence ends

  /// The index just past a run of terminators and the closing quotes or
  /// brackets that follow them (`?!`, `...`, `.")`).
  private static func endOfTerminators(
    _ bytes: UnsafeBufferPointer<UInt8>, from index: Int
  ) -> Int {
    var end = index
    while end < bytes.count {
      guard isTerminator(bytes, at: end) else { break }
      end += isEllipsis(bytes, at: end) ? 3 : 1
    }
    while end < bytes.count {
      let (scalar, length) = UTF8Text.scalar(in: bytes, at: end)
      guard closers.contains(scalar.value) else { break }
      end += length
    }
    return end
  }

  /// Whether the terminators from `terminator` to `runEnd` end a sentence.
  private static func endsSentence(
    _ bytes: UnsafeBufferPointer<UInt8>, terminator: Int, runEnd: Int, sentenceStart: Int
  ) -> Bool {
    let next = UTF8Text.skipSpace(in: bytes, from: runEnd)
    if next == bytes.count { return true }
    if next == runEnd { return false }
    let (scalar, _) = UTF8Text.scalar(in: bytes, at: next)
    let nextIsDigit = scalar.isASCII && UTF8Text.isASCIIDigit(UInt8(scalar.value))
    guard scalar.properties.isUppercase || nextIsDigit || openers.contains(scalar.value) else {
      return false
    }
    let after = terminator + 1
    let isSinglePeriod =
      bytes[terminator] == 0x2E
      && (after == bytes.count || !isTerminator(bytes, at: after))
    guard isSinglePeriod else { return true }
    return !periodBelongsToWord(
      bytes, period: terminator, sentenceStart: sentenceStart,
      nextIsDigit: nextIsDigit)
  }

  /// Whether the period at `period` closes an abbreviation, initials or a
  /// heading number rather than a sentence. (Not private: tests compare it
  /// with the code it replaced.)
  static func periodBelongsToWord(
    _ bytes: UnsafeBufferPointer<UInt8>, period: Int, sentenceStart: Int, nextIsDigit: Bool
  ) -> Bool {
    var wordStart = period
    while wordStart > sentenceStart {
      let byte = bytes[wordStart - 1]
      guard UTF8Text.isASCIILetter(byte) || byte == 0x2E else { break }
      wordStart -= 1
    }
    if wordStart == period {
      return isHeadingNumber(bytes, period: period, sentenceStart: sentenceStart)
    }
    if wordStart > 0, bytes[wordStart - 1] >= 0x80 || UTF8Text.isASCIIDigit(bytes[wordStart - 1]) {
      return false
    }
    // The word is ASCII letters and periods, so it is lower-cased and split
    // at its periods byte by byte.
    let count = period - wordStart
    let lower = String(unsafeUninitializedCapacity: count) { buffer in
      for offset in 0..<count {
        let byte = bytes[wordStart + offset]
        buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      }
      return count
    }
    if Abbreviations.neverFinal.contains(lower) { return true }
    if Abbreviations.oftenFinal.contains(lower) { return nextIsDigit }
    var hasPeriod = false
    var segment = 0
    for index in wordStart..<period {
      if bytes[index] == 0x2E {
        guard (1...2).contains(segment) else { return false }
        hasPeriod = true
        segment = 0
      } else {
        segment += 1
      }
    }
    if !hasPeriod {
      return count == 1 && UTF8Text.isASCIILetter(bytes[wordStart]) && bytes[wordStart] < 0x61
    }
    return (1...2).contains(segment)
  }

  /// Whether the digits before `period` are all the sentence holds so far
  /// (`1.` or `12.` opening a numbered heading or list item).
  private static func isHeadingNumber(
    _ bytes: UnsafeBufferPointer<UInt8>, period: Int, sentenceStart: Int
  ) -> Bool {
    var digitsStart = period
    while digitsStart > sentenceStart, UTF8Text.isASCIIDigit(bytes[digitsStart - 1]) {
      digitsStart -= 1
    }
    guard (1...2).contains(period - digitsStart) else { return false }
    return UTF8Text.skipSpace(in: bytes, from: sentenceStart) == digitsStart
  }

  // MARK: - Other separators

  /// The byte length of a bullet character at `index`, or `nil` when there is none.
  private static func bulletLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    guard bytes[index] >= 0xE2 else { return nil }
    let (scalar, length) = UTF8Text.scalar(in: bytes, at: index)
    return bullets.contains(scalar.value) ? length : nil
  }

  /// Whether the line feed at `index` is followed by a blank line or a line that
  /// starts a list item (`- `, `* `, `– `).
  private static func startsBlankLineOrListItem(
    _ bytes: UnsafeBufferPointer<UInt8>, after index: Int
  ) -> Bool {
    var next = index + 1
    while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D {
      next += 1
    }
    guard next < bytes.count else { return false }
    if bytes[next] == 0x0A { return true }
    let markers = ["- ", "* ", "– ", "— "]
    return markers.contains { UTF8Text.hasPrefix($0, in: bytes, at: next) }
  }

  /// Whether a `.`, `!`, `?` or `…` starts at `index`.
  private static func isTerminator(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = bytes[index]
    return byte == 0x2E || byte == 0x21 || byte == 0x3F || isEllipsis(bytes, at: index)
  }

  /// Whether the bytes at `index` are a horizontal ellipsis `…`.
  private static func isEllipsis(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
      && bytes[index + 2] == 0xA6
  }

  /// The sentences found so far, each at most `maxBytes` long.
  private struct Ranges {
    /// The longest sentence, in bytes.
    let maxBytes: Int
    /// The sentences, in order.
    var ranges: [Range<Int>] = []
    /// How many runs were cut because they were longer than `maxBytes`.
    var capped = 0

    init(maxBytes: Int) {
      self.maxBytes = maxBytes
    }

    /// Appends `range` trimmed of white space, if it holds a letter or digit;
    /// a range longer than `maxBytes` goes in as pieces, cut at a space.
    mutating func append(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) {
      guard var trimmed = SentenceSplitter.trimmed(range, of: bytes) else { return }
      guard trimmed.count > maxBytes else {
        ranges.append(trimmed)
        return
      }
      capped += 1
      // Each piece is trimmed and checked for a word on its own, so the
      // work stays within the pieces' lengths.
      while trimmed.count > maxBytes {
        let cut = SentenceSplitter.cut(bytes, in: trimmed, maxBytes: maxBytes)
        if let piece = SentenceSplitter.trimmed(trimmed.lowerBound..<cut, of: bytes) {
          ranges.append(piece)
        }
        let rest = UTF8Text.skipSpace(in: bytes, from: cut)
        guard rest < trimmed.upperBound else { return }
        trimmed = rest..<trimmed.upperBound
      }
      if let piece = SentenceSplitter.trimmed(trimmed, of: bytes) { ranges.append(piece) }
    }
  }

  /// Where to cut an over-long `range`: the last space in the second half of
  /// its first `maxBytes` bytes, else the last scalar boundary within them.
  private static func cut(
    _ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, maxBytes: Int
  ) -> Int {
    let limit = range.lowerBound + maxBytes
    var index = limit
    while index > range.lowerBound + maxBytes / 2 {
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return index }
      index -= 1
    }
    index = limit
    while index > range.lowerBound + 1, bytes[index] & 0xC0 == 0x80 { index -= 1 }
    return index
  }

  /// `range` trimmed of white space, or `nil` when it holds no letter or digit.
  private static func trimmed(
    _ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>
  ) -> Range<Int>? {
    let start = UTF8Text.skipSpace(in: bytes, from: range.lowerBound)
    var end = range.upperBound
    var hasWord = false
    var index = start
    while index < end {
      let (scalar, length) = UTF8Text.scalar(in: bytes, at: index)
      if scalar.isASCII
        ? UTF8Text.isASCIIAlphanumeric(UInt8(scalar.value))
        : UTF8Text.isWordScalar(scalar)
      {
        hasWord = true
        break
      }
      index += length
    }
    guard hasWord else { return nil }
    while end > start {
      let previous = UTF8Text.previousScalarStart(in: bytes, before: end)
      guard UTF8Text.isSpace(UTF8Text.scalar(in: bytes, at: previous).scalar) else { break }
      end = previous
    }
    return start..<end
  }

  // MARK: - Character sets

  /// Closing quotes and brackets that stay with the sentence they end.
  private static let closers: Set<UInt32> = [0x22, 0x27, 0x29, 0x5D, 0xBB, 0x2019, 0x201D, 0x203A]
  /// Characters that may open a sentence besides capitals and digits.
  private static let openers: Set<UInt32> = [
    0x22, 0x27, 0x28, 0x5B, 0xAB, 0x2018, 0x201C, 0x201E, 0x2039, 0x20AC, 0x24, 0xA3, 0x2013,
  ]
  /// List bullets that separate items written in one paragraph.
  private static let bullets: Set<UInt32> = [
    0x2022, 0x25AA, 0x25CF, 0x25E6, 0x25A0, 0x25BA, 0x2023, 0x2043, 0xF0B7, 0xF0A7,
  ]
}
