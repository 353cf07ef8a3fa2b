/// One line of a plain-text plan, cleaned and trimmed, with its position.
struct SourceLine {
  /// The 1-based line number.
  var number: Int
  /// The 1-based column of the first character that is not white space,
  /// counted in characters (a byte order mark is not counted).
  var column: Int
  /// The cleaned text without surrounding white space; empty for a blank line.
  var text: Substring

  /// Whether the line holds nothing but white space.
  var isBlank: Bool { text.isEmpty }

  /// Whether the line is indented (its text does not start in column 1).
  var isIndented: Bool { column > 1 }
}

// MARK: - Splitting

extension SourceLine {
  /// Splits text into cleaned lines. A line ends at LF, CR LF or a lone CR;
  /// form feeds and vertical tabs are white space, not line breaks.
  static func lines(in text: String) -> [SourceLine] {
    var text = text
    text.makeContiguousUTF8()
    let breaks = text.utf8.withContiguousStorageIfAvailable(lineRanges) ?? []
    let utf8 = text.utf8
    var lines: [SourceLine] = []
    lines.reserveCapacity(breaks.count)
    for (offset, range) in breaks.enumerated() {
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
      lines.append(line(number: offset + 1, text[start..<end]))
    }
    return lines
  }

  /// The byte ranges of the lines, without their line breaks.
  private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    guard let base = bytes.baseAddress else { return [] }
    let count = bytes.count
    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < count {
      if index + 8 <= count, !ByteChunk(base, at: index).hasLineBreakOrControl {
        index += 8
        continue
      }
      let byte = base[index]
      if byte > 0x0D || (byte != 0x0A && byte != 0x0D) {
        index += 1
        continue
      }
      ranges.append(start..<index)
      index += byte == 0x0D && index + 1 < count && base[index + 1] == 0x0A ? 2 : 1
      start = index
    }
    if start < count { ranges.append(start..<count) }
    return ranges
  }

  /// Cleans one raw line.
  private static func line(number: Int, _ raw: Substring) -> SourceLine {
    let cleaned = LineCleaner.clean(raw)
    return SourceLine(number: number, column: cleaned.leading + 1, text: cleaned.text)
  }
}
