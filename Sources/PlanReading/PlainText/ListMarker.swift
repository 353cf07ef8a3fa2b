/// The marker that opens a list item: a bullet (`-`, `*`, `+`, `•`, `–`, …),
/// a number (`1.`, `1)`), a letter (`a)`, `a.`), a roman numeral (`iv.`) or
/// any of these in parentheses (`(a)`, `(2)`).
///
/// A marker must be followed by white space or end the line. `1.` followed by
/// text is a list item, never a heading; a number without a dot (`3 Inleiding`)
/// is left to ``SectionNumber``.
enum ListMarker {
  /// The bullets that open an unordered item; U+F0B7 and U+F0A7 are the
  /// Symbol-font bullets Word leaves in text exports.
  private static let bullets: Set<Character> = [
    "-", "*", "+", "•", "–", "—", "·", "▪", "◦", "‣", "■", "□", "●", "○", "►", "→",
    "\u{F0B7}", "\u{F0A7}",
  ]

  /// The lower-case roman numerals accepted as item numbers, each as its
  /// bytes packed into one integer (``packed(_:)``).
  private static let romanNumerals: [UInt64] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
  ].map { packed($0.utf8) }

  /// The item's text after its marker, or `nil` when the line has no marker.
  /// A second bullet right after the first (`• - text`) is part of the marker,
  /// and so is a number or letter that is all that follows it (`• a.`): the
  /// item's text is then on the next lines.
  static func content(of text: Substring) -> Substring? {
    guard let rest = afterMarker(text) else { return nil }
    if let inner = afterBullet(rest) { return inner }
    if let inner = afterOrdinal(rest), inner.isEmpty { return inner }
    return rest
  }

  // MARK: - Markers

  /// The text after a marker of any kind.
  private static func afterMarker(_ text: Substring) -> Substring? {
    if let rest = afterBullet(text) { return rest }
    if let rest = afterOrdinal(text) { return rest }
    return nil
  }

  /// The text after a bullet that is followed by white space or the line end.
  private static func afterBullet(_ text: Substring) -> Substring? {
    // Every bullet is `-`, `*`, `+` or a character that starts beyond ASCII.
    guard let byte = text.utf8.first,
      byte >= 0x80 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*")
        || byte == UInt8(ascii: "+")
    else { return nil }
    guard let first = text.first, bullets.contains(first) else { return nil }
    return afterSpace(text.dropFirst())
  }

  /// The text after `1.`, `1)`, `a.`, `a)`, `iv.`, `(a)`, `(12)` and the like.
  ///
  /// The label is read on bytes: ASCII letters and digits. Where one is the
  /// start of a longer character (a combining mark follows), the character
  /// after the label is no `.` or `)`, so the line has no marker either way.
  private static func afterOrdinal(_ text: Substring) -> Substring? {
    let utf8 = text.utf8
    var start = utf8.startIndex
    let parenthesised = utf8.first == UInt8(ascii: "(")
    if parenthesised { start = utf8.index(after: start) }
    // No ordinal is longer than 4 characters (`viii`): a label is read no
    // further than one more, which is no ordinal either.
    var end = start
    var length = 0
    var allDigits = true
    while length < 5, end < utf8.endIndex {
      let byte = utf8[end]
      let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
      guard isDigit || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
      else { break }
      if !isDigit { allDigits = false }
      end = utf8.index(after: end)
      length += 1
    }
    guard length > 0, isOrdinal(utf8[start..<end], allDigits: allDigits) else { return nil }
    let rest = text[end...]
    guard let close = rest.first else { return nil }
    if parenthesised {
      guard close == ")" else { return nil }
    } else {
      guard close == "." || close == ")" else { return nil }
    }
    return afterSpace(rest.dropFirst())
  }

  /// Whether a label of at most 5 ASCII letters and digits is an item
  /// number: 1–3 digits, one lower-case letter, or a lower-case roman numeral.
  private static func isOrdinal(_ label: Substring.UTF8View, allDigits: Bool) -> Bool {
    if allDigits { return label.count <= 3 }
    let key = packed(label)
    if label.count == 1 {
      return key >= UInt64(UInt8(ascii: "a")) && key <= UInt64(UInt8(ascii: "z"))
    }
    return romanNumerals.contains(key)
  }

  /// The bytes of a label of at most 8 bytes, packed into one integer (the
  /// first byte highest); labels of different bytes give different integers,
  /// as no byte of one is 0.
  private static func packed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
    bytes.reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// The trimmed text after a marker, if white space follows it or nothing does.
  private static func afterSpace(_ rest: Substring) -> Substring? {
    guard let next = rest.first else { return rest }
    guard next == " " || next == "\t" else { return nil }
    return rest.drop { $0 == " " || $0 == "\t" }
  }
}
