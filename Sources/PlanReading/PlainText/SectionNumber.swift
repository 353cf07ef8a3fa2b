/// A section number opening a heading: `3.2 Participatie`, `Hoofdstuk 4
/// Uitvoerbaarheid`, `Paragraaf 4.2 Overleg`, `Artikel 3. Definities`,
/// `Bijlage A Kaarten`.
struct SectionNumber: Equatable {
  /// The numbering a heading belongs to: chapters and their sections,
  /// articles of a regulation, or annexes. Levels are only compared within one.
  enum Series: Equatable {
    case chapter, article, annex
  }

  /// Which numbering the heading belongs to.
  var series: Series
  /// How deep the heading sits: the number of parts in the number (`4.2` is
  /// 2), or more when the keyword says so (`Paragraaf 1` is 2, `Artikel 1` 3).
  var depth: Int
  /// Whether a keyword such as `Hoofdstuk` came before the number.
  var hasKeyword: Bool
  /// Whether a single-part number was followed by a dot (`1. …`).
  var isDottedSingle: Bool
  /// The text after the number.
  var title: Substring

  /// Keywords with their series and the least depth they imply.
  private static let keywords: [String: (Series, Int)] = [
    "hoofdstuk": (.chapter, 1), "chapter": (.chapter, 1), "deel": (.chapter, 1),
    "part": (.chapter, 1), "paragraaf": (.chapter, 2), "afdeling": (.chapter, 2),
    "section": (.chapter, 2), "sectie": (.chapter, 2), "§": (.chapter, 2),
    "artikel": (.article, 3), "article": (.article, 3), "art.": (.article, 3),
    "bijlage": (.annex, 1), "bijlagen": (.annex, 1), "appendix": (.annex, 1),
    "annex": (.annex, 1),
  ]

  /// Reads the number at the start of plain text, or `nil` when there is none.
  /// Nothing is checked about the title; see ``HeadingDetector``.
  ///
  /// The first byte decides the branch: only a line that starts with a digit
  /// can have a bare number, and no keyword starts with one. A bare number is
  /// read on bytes.
  static func parse(_ text: Substring) -> SectionNumber? {
    guard let first = text.utf8.first else { return nil }
    if first < 0x80, !mayStartLabel(first) { return nil }
    guard isDigit(first) else { return keywordNumber(text) }
    let label = text[..<numberLabelEnd(text)]
    guard let parts = numberParts(label), text[label.endIndex...].first == " " else {
      return nil
    }
    return SectionNumber(
      series: .chapter, depth: parts, hasKeyword: false,
      isDottedSingle: parts == 1 && label.utf8.last == UInt8(ascii: "."),
      title: text[label.endIndex...].drop { $0 == " " })
  }

  /// A number after a keyword (`Hoofdstuk 4`), read by characters.
  private static func keywordNumber(_ text: Substring) -> SectionNumber? {
    let firstWord = text.prefix { $0 != " " }
    guard let (series, least) = keywords[firstWord.lowercased()] else { return nil }
    let rest = text[firstWord.endIndex...].drop { $0 == " " }
    let label = rest.prefix { $0 != " " }
    guard let parts = keywordLabelParts(label) else { return nil }
    let title = rest[label.endIndex...].drop { $0 == " " || $0 == "-" || $0 == "–" }
    return SectionNumber(
      series: series, depth: max(parts, least), hasKeyword: true, isDottedSingle: false,
      title: title)
  }

  // MARK: - Labels

  /// Whether an ASCII byte may start a line with a section number: a digit,
  /// or the first letter of a keyword in either case (`§`, the only other
  /// first character, is not ASCII).
  private static func mayStartLabel(_ byte: UInt8) -> Bool {
    switch byte | 0x20 {
    case 0x30...0x39, UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "c"), UInt8(ascii: "d"),
      UInt8(ascii: "h"), UInt8(ascii: "p"), UInt8(ascii: "s"):
      return true
    default:
      return false
    }
  }

  /// Whether a byte is an ASCII digit.
  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
  }

  /// Where the run of ASCII digits and dots at the start of the text ends.
  /// A character beyond ASCII right after it may be a mark that joins the
  /// last digit or dot into a character of its own, which then ends the run.
  private static func numberLabelEnd(_ text: Substring) -> String.Index {
    let utf8 = text.utf8
    var end = utf8.startIndex
    while end < utf8.endIndex, isDigit(utf8[end]) || utf8[end] == UInt8(ascii: ".") {
      end = utf8.index(after: end)
    }
    guard end < utf8.endIndex, utf8[end] >= 0x80, end > utf8.startIndex else { return end }
    let last = utf8.index(before: end)
    return text[last...].first?.unicodeScalars.count == 1 ? end : last
  }

  /// The number of parts in a bare number such as `3`, `3.2` or `3.2.1.`:
  /// the first part has one or two digits, the others one to three (and do not
  /// look like thousands, `1.000`). The label is ASCII digits and dots.
  private static func numberParts(_ label: Substring) -> Int? {
    var body = label.utf8[...]
    if body.last == UInt8(ascii: ".") { body = body.dropLast() }
    var parts = 0
    var start = body.startIndex
    var index = body.startIndex
    while true {
      let atEnd = index == body.endIndex
      if atEnd || body[index] == UInt8(ascii: ".") {
        let part = body[start..<index]
        let length = part.count
        if parts == 0 {
          guard (1...2).contains(length) else { return nil }
        } else {
          guard (1...3).contains(length), !(length == 3 && part.first == UInt8(ascii: "0"))
          else { return nil }
        }
        parts += 1
        guard parts <= 6 else { return nil }
        if atEnd { return parts }
        start = body.index(after: index)
      }
      index = body.index(after: index)
    }
  }

  /// The number of parts in the label after a keyword: a number (`4`, `4.2`,
  /// `12a`), a roman numeral (`IV`) or a capital letter (`A`), optionally
  /// followed by `.` or `:`.
  private static func keywordLabelParts(_ label: Substring) -> Int? {
    var body = label
    while let last = body.last, last == "." || last == ":" { body = body.dropLast() }
    guard !body.isEmpty, body.count <= 12 else { return nil }
    if body.allSatisfy({ "IVXLC".contains($0) })
      || (body.count == 1 && body.first?.isUppercase == true)
    {
      return 1
    }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    for part in parts {
      let digits = part.prefix { $0.isASCII && $0.isNumber }
      let suffix = part[digits.endIndex...]
      guard (1...3).contains(digits.count), suffix.count <= 1,
        suffix.allSatisfy({ $0.isASCII && $0.isLowercase })
      else { return nil }
    }
    return parts.count
  }
}
