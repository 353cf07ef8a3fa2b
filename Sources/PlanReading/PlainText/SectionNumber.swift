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
  static func parse(_ text: Substring) -> SectionNumber? {
    if let first = text.utf8.first, first < 0x80, !mayStartLabel(first) { return nil }
    let firstWord = text.prefix { $0 != " " }
    if let (series, least) = keywords[firstWord.lowercased()] {
      let rest = text[firstWord.endIndex...].drop { $0 == " " }
      let label = rest.prefix { $0 != " " }
      guard let parts = keywordLabelParts(label) else { return nil }
      let title = rest[label.endIndex...].drop { $0 == " " || $0 == "-" || $0 == "–" }
      return SectionNumber(
        series: series, depth: max(parts, least), hasKeyword: true, isDottedSingle: false,
        title: title)
    }
    let label = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
    guard let parts = numberParts(label), text[label.endIndex...].first == " " else {
      return nil
    }
    return SectionNumber(
      series: .chapter, depth: parts, hasKeyword: false,
      isDottedSingle: parts == 1 && label.hasSuffix("."),
      title: text[label.endIndex...].drop { $0 == " " })
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

  /// The number of parts in a bare number such as `3`, `3.2` or `3.2.1.`:
  /// the first part has one or two digits, the others one to three (and do not
  /// look like thousands, `1.000`).
  private static func numberParts(_ label: Substring) -> Int? {
    let body = label.hasSuffix(".") ? label.dropLast() : label
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard let first = parts.first, (1...2).contains(first.count), parts.count <= 6 else {
      return nil
    }
    for part in parts.dropFirst() {
      guard (1...3).contains(part.count), !(part.count == 3 && part.hasPrefix("0")) else {
        return nil
      }
    }
    return parts.count
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
