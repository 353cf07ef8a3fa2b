/// What a line is, judged by its own markup. Whether plain text is a heading
/// depends on its neighbours too, so ``HeadingDetector`` decides that later.
enum LineKind: Equatable {
  /// Nothing but white space.
  case blank
  /// A Markdown heading, `#` to `######`.
  case atxHeading(level: Int, text: Substring)
  /// A line of `=` (level 1) or `-` (level 2), at least three long: a setext
  /// underline when it follows a title, otherwise a rule.
  case underline(level: Int, length: Int)
  /// A rule such as `***`, `___` or `- - -`.
  case thematicBreak
  /// A code fence, ```` ``` ```` or `~~~`.
  case fence
  /// A table separator row, `|---|---|`.
  case tableSeparator
  /// A table row, starting with `|`.
  case tableRow
  /// A list item, with its text after the marker.
  case listItem(content: Substring)
  /// Anything else: running text.
  case text
}

/// Sorts cleaned lines into ``LineKind``s.
enum LineClassifier {
  /// The kind of a cleaned, trimmed line (block-quote markers already removed).
  static func classify(_ text: Substring) -> LineKind {
    guard let first = text.utf8.first else { return .blank }
    switch first {
    case UInt8(ascii: "#"):
      if let heading = atxHeading(text) { return heading }
    case UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_"):
      if let rule = rule(text) { return rule }
      if first == UInt8(ascii: "-"), MarkdownTable.isSeparator(text) { return .tableSeparator }
    case UInt8(ascii: "`"), UInt8(ascii: "~"):
      if text.hasPrefix("```") || text.hasPrefix("~~~") { return .fence }
    case UInt8(ascii: "|"), UInt8(ascii: "+"), UInt8(ascii: ":"):
      if MarkdownTable.isSeparator(text) { return .tableSeparator }
      if MarkdownTable.isRow(text) { return .tableRow }
    default:
      break
    }
    if let content = ListMarker.content(of: text) { return .listItem(content: content) }
    return .text
  }

  /// Removes block-quote markers (`>`, `> >`) from the start of a line.
  static func unquote(_ text: Substring) -> Substring {
    var body = text
    while body.utf8.first == UInt8(ascii: ">") {
      body = body.dropFirst().drop { $0 == " " || $0 == "\t" }
    }
    return body
  }

  // MARK: - Markdown block markup

  /// A `#` heading: one to six `#` followed by white space or the line end;
  /// a closing run of `#` is dropped.
  private static func atxHeading(_ text: Substring) -> LineKind? {
    let marks = text.prefix { $0 == "#" }
    guard marks.count <= 6 else { return nil }
    var rest = text[marks.endIndex...]
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    rest = rest.drop { $0 == " " || $0 == "\t" }
    let closing = rest.reversed().prefix { $0 == "#" }.count
    if closing == rest.count {
      rest = rest.prefix(0)
    } else if closing > 0 {
      let beforeClosing = rest.dropLast(closing)
      if beforeClosing.last == " " || beforeClosing.last == "\t" {
        rest = beforeClosing
      }
    }
    while let last = rest.last, last == " " || last == "\t" { rest = rest.dropLast() }
    return .atxHeading(level: marks.count, text: rest)
  }

  /// An underline (`===`, `---`) or a thematic break (`***`, `_ _ _`, `- - -`).
  private static func rule(_ text: Substring) -> LineKind? {
    guard let mark = text.utf8.first else { return nil }
    var count = 0
    var spaced = false
    for byte in text.utf8 {
      if byte == mark {
        count += 1
      } else if byte == 0x20 || byte == 0x09 {
        spaced = true
      } else {
        return nil
      }
    }
    guard count >= 3 else { return nil }
    if !spaced, mark == UInt8(ascii: "=") { return .underline(level: 1, length: count) }
    if !spaced, mark == UInt8(ascii: "-") { return .underline(level: 2, length: count) }
    return mark == UInt8(ascii: "=") ? nil : .thematicBreak
  }
}
