import PlanReading

/// Finds the specificity markers of one text from its tokens and the bytes
/// between them.
///
/// At every token not yet inside a marker it tries, in order: a date, an
/// amount, a percentage, a period, a count and a year on its own. The first
/// that fits becomes a marker and the scan moves past it, so `twee keer per
/// jaar` is one period and not also the count `twee keer`.
struct SpecificityScanner {
  /// The UTF-8 bytes of the text.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The text's tokens, each with its vocabulary classes
  /// (``Token/wordClasses``).
  let tokens: [Token]

  /// Creates a scanner over `bytes` and their `tokens`.
  init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) {
    self.bytes = bytes
    self.tokens = tokens
  }

  /// A marker found at a token, with the index just past its last token.
  struct Found {
    /// The marker's kind.
    var kind: SpecificityMarker.Kind
    /// The marker's first byte.
    var start: Int
    /// The byte just past the marker.
    var end: Int
    /// The index of the first token after the marker.
    var nextToken: Int
  }

  /// Every marker of the text, in order.
  func markers() -> [SpecificityMarker] {
    var markers: [SpecificityMarker] = []
    var index = 0
    while index < tokens.count {
      if tokens[index].wordClasses.isDisjoint(with: .markerStarts), !tokens[index].isNumber,
        !mayStartMarker(tokens[index])
      {
        index += 1
        continue
      }
      guard
        let found = date(at: index) ?? amount(at: index) ?? percentage(at: index)
          ?? period(at: index) ?? count(at: index) ?? year(at: index)
      else {
        index += 1
        continue
      }
      markers.append(SpecificityMarker(kind: found.kind, start: found.start, end: found.end))
      index = max(found.nextToken, index + 1)
    }
    return markers
  }

  /// Whether a token outside the word lists a marker starts with
  /// (``SpecificityWordClass/markerStarts``) can still start one: a word
  /// starting with a digit (`25k`) or a quarter code (`Q3`).
  private func mayStartMarker(_ token: Token) -> Bool {
    guard let first = token.folded.utf8.first else { return false }
    return UTF8Text.isASCIIDigit(first)
      || (first == UInt8(ascii: "q") && token.folded.utf8.count == 2)
  }

  // MARK: - Token access

  /// The folded word at `index`, or `nil` past the end.
  func word(_ index: Int) -> String? {
    index >= 0 && index < tokens.count ? tokens[index].folded : nil
  }

  /// Whether token `index` exists and belongs to `wordClass`.
  func isWord(_ index: Int, _ wordClass: SpecificityWordClass) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].wordClasses.contains(wordClass)
  }

  /// The value of a number token of plain digits (no `.` or `,`), else `nil`.
  func plainValue(_ index: Int) -> Int? {
    guard index >= 0, index < tokens.count, tokens[index].isNumber,
      tokens[index].folded.utf8.count <= 6
    else { return nil }
    return Int(tokens[index].folded)
  }

  /// Whether token `index` is a 4-digit year from 1900 to 2099.
  func isYear(_ index: Int, from lowest: Int = 1900) -> Bool {
    guard let value = plainValue(index), tokens[index].folded.utf8.count == 4 else {
      return false
    }
    return (lowest...2099).contains(value)
  }

  /// The bytes between token `index - 1` (or the text's start) and token `index`.
  func gap(before index: Int) -> Range<Int> {
    let start = index > 0 ? tokens[index - 1].end : 0
    return start..<(index < tokens.count ? tokens[index].start : bytes.count)
  }

  /// Whether the gap before token `index` holds white space only, and at
  /// least one character unless `allowEmpty`.
  func isSpaced(before index: Int, allowEmpty: Bool = false) -> Bool {
    let range = gap(before: index)
    if range.isEmpty { return allowEmpty }
    return UTF8Text.skipSpace(in: bytes, from: range.lowerBound) >= range.upperBound
  }

  /// Whether the gap before token `index` is exactly `separator`.
  func isJoined(before index: Int, by separator: UInt8) -> Bool {
    let range = gap(before: index)
    return range.count == 1 && bytes[range.lowerBound] == separator
  }

  /// The end of token `index`, extended over `,-`, `,--` or `,=` written after an amount.
  func amountEnd(after index: Int) -> Int {
    var end = tokens[index].end
    guard end + 1 < bytes.count, bytes[end] == 0x2C,
      bytes[end + 1] == 0x2D || bytes[end + 1] == 0x3D
    else { return end }
    end += 2
    if end < bytes.count, bytes[end] == 0x2D { end += 1 }
    return end
  }

  /// Token `index` extended by a following year (`najaar 2024`, `Q3 2025`).
  func withOptionalYear(_ kind: SpecificityMarker.Kind, from first: Int, to last: Int) -> Found {
    let next = last + 1
    let end = next < tokens.count && isYear(next) && isSpaced(before: next) ? next : last
    return Found(kind: kind, start: tokens[first].start, end: tokens[end].end, nextToken: end + 1)
  }

  /// A marker over tokens `first...last`.
  func span(_ kind: SpecificityMarker.Kind, _ first: Int, _ last: Int) -> Found {
    Found(kind: kind, start: tokens[first].start, end: tokens[last].end, nextToken: last + 1)
  }
}
