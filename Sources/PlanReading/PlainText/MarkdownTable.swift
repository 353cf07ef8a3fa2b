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
    var cells: [Cell] = []
    let utf8 = row.utf8
    var cellStart = utf8.startIndex
    var cellOffset = 0
    var offset = 0
    var escaped = false
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      let next = utf8.index(after: index)
      if byte & 0xC0 != 0x80 { offset += 1 }
      if byte == UInt8(ascii: "|"), !escaped {
        append(row[cellStart..<index], offset: cellOffset, to: &cells)
        cellStart = next
        cellOffset = offset
      }
      escaped = byte == UInt8(ascii: "\\") && !escaped
      index = next
    }
    append(row[cellStart..<utf8.endIndex], offset: cellOffset, to: &cells)
    return cells
  }

  /// Adds a cell unless it holds only white space.
  private static func append(_ raw: Substring, offset: Int, to cells: inout [Cell]) {
    var text = raw
    var leading = 0
    while let first = text.utf8.first, first == 0x20 || first == 0x09 {
      text = text.dropFirst()
      leading += 1
    }
    while let last = text.utf8.last, last == 0x20 || last == 0x09 { text = text.dropLast() }
    guard !text.isEmpty else { return }
    cells.append(Cell(text: text, offset: offset + leading))
  }
}
