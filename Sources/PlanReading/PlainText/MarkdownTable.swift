/// Markdown pipe tables: rows such as `| Plan: | Molenbuurt |` and separator
/// rows such as `|---|:---:|`. Each non-empty cell becomes a block of its own.
///
/// Tables converted from PDF often lose their separator row, or have blank
/// lines between rows; every line that starts with `|` is read as a row anyway.
enum MarkdownTable {
  /// One cell of a row.
  struct Cell {
    /// The cell's text, trimmed, markup included.
    var text: Substring
    /// How many characters stand before the cell's text in the row.
    var offset: Int
  }

  /// Whether a trimmed line is a separator row (`|---|---|`, `:--|--:`,
  /// or a grid-table rule `+----+----+`).
  static func isSeparator(_ text: Substring) -> Bool {
    var hasDash = false
    var hasBar = false
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "-"), UInt8(ascii: "="): hasDash = true
      case UInt8(ascii: "|"), UInt8(ascii: "+"): hasBar = true
      case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): continue
      default: return false
      }
    }
    return hasDash && hasBar
  }

  /// Whether a trimmed line starts like a table row.
  static func isRow(_ text: Substring) -> Bool {
    text.utf8.first == UInt8(ascii: "|") && text.utf8.count > 1
  }

  /// Whether a line holds a `|` that is not escaped.
  static func hasPipe(_ text: Substring) -> Bool {
    var escaped = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: "|"), !escaped { return true }
      escaped = byte == UInt8(ascii: "\\") && !escaped
    }
    return false
  }

  /// The non-empty cells of a row, split on unescaped `|`; the empty cells
  /// before a leading and after a trailing `|` are not cells. Offsets count
  /// Unicode scalars, which for plan text are the characters.
  static func cells(in row: Substring) -> [Cell] {
    var contiguous = row
    return contiguous.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return [] }
      var cells: [Cell] = []
      var cellStart = 0
      var cellOffset = 0
      var offset = 0
      var escaped = false
      var index = 0
      while index <= bytes.count {
        let byte: UInt8 = index < bytes.count ? base[index] : UInt8(ascii: "|")
        if byte & 0xC0 != 0x80 { offset += 1 }
        if byte == UInt8(ascii: "|"), !escaped {
          if let cell = cell(in: row, bytes: bytes, cellStart..<index, offset: cellOffset) {
            cells.append(cell)
          }
          cellStart = index + 1
          cellOffset = offset
        }
        escaped = byte == UInt8(ascii: "\\") && !escaped
        index += 1
      }
      return cells
    }
  }

  /// The cell in a byte range of a row, without surrounding white space, or
  /// `nil` when it holds only white space.
  private static func cell(
    in row: Substring, bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, offset: Int
  ) -> Cell? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
    while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
    guard lower < upper else { return nil }
    let utf8 = row.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: lower)
    let to = utf8.index(utf8.startIndex, offsetBy: upper)
    return Cell(text: row[from..<to], offset: offset + lower - range.lowerBound)
  }
}
