import TestSupport
import Testing

@testable import PlanReading

/// ``SectionNumber/parse(_:)`` turns a line away by its first byte when that
/// byte starts neither a number nor a keyword, and reads a bare number on
/// bytes; these tests pin it to the parse by characters it replaced
/// (``FullSectionNumber``, kept here as the reference) on tricky and
/// generated lines.
@Suite("Section numbers: parsed on bytes as by characters")
struct SectionNumberParseTests {
  /// The parse as it was before, every line read in full by characters.
  private enum FullSectionNumber {
    static let keywords: [String: (SectionNumber.Series, Int)] = [
      "hoofdstuk": (.chapter, 1), "chapter": (.chapter, 1), "deel": (.chapter, 1),
      "part": (.chapter, 1), "paragraaf": (.chapter, 2), "afdeling": (.chapter, 2),
      "section": (.chapter, 2), "sectie": (.chapter, 2), "§": (.chapter, 2),
      "artikel": (.article, 3), "article": (.article, 3), "art.": (.article, 3),
      "bijlage": (.annex, 1), "bijlagen": (.annex, 1), "appendix": (.annex, 1),
      "annex": (.annex, 1),
    ]

    static func parse(_ text: Substring) -> SectionNumber? {
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

    static func numberParts(_ label: Substring) -> Int? {
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

    static func keywordLabelParts(_ label: Substring) -> Int? {
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

  private static func expectSame(_ line: String) {
    let parsed = SectionNumber.parse(line[...])
    let reference = FullSectionNumber.parse(line[...])
    #expect(parsed == reference, "\(Array(line.unicodeScalars))")
  }

  @Test(
    "tricky lines",
    arguments: [
      "3.2 Participatie", "Hoofdstuk 4 Uitvoerbaarheid", "HOOFDSTUK 4", "Paragraaf 4.2 Overleg",
      "Artikel 3. Definities", "Art. 3 Regels", "Bijlage A Kaarten", "§ 2 Overleg", "1. Tekst",
      "12 Titel", "Inleiding", "De toelichting", "", " ", "\t3 x", ".3 x", "Zone 3", "ééé 3",
      "Ⅳ x", "１ x", "3\u{0301} x", "\u{0130}artikel 3", "\u{212A}", "Sectie IV Overleg",
      "appendix 2: x", "Deel 1 – Algemeen", "part 12a x", "chapter", "@ 3", "[3] x", "{3} x",
      "1.000 x", "1.010 x", "1.2.3.4.5.6 x", "1.2.3.4.5.6.7 x", "123 x", "12. x", "1. x", "1.. x",
      "3.\u{0301} x", "3.2\u{0903} x", "3 \u{0301}x", "3\u{200D} x", "3.2é x", "3.2.", "3",
    ])
  func tricky(_ line: String) {
    Self.expectSame(line)
  }

  /// Lines built from keywords in either case, numbers, labels, spaces and
  /// characters that may open or join them.
  @Test("generated lines parse as before")
  func generated() {
    let alphabet: [String] = [
      "Hoofdstuk", "paragraaf", "ARTIKEL", "art.", "§", "Bijlage", "deel", "3", "12", ".", " ",
      "A", "IV", "a", "Titel", "titel", "-", "–", ":", "\u{0301}", "é", "x", "\t", "@", "[",
      "{", "`", "0", "1.000", "010", "3.2.1.", "123", "\u{0903}", "\u{200D}",
    ]
    for line in GeneratedTexts(alphabet, count: 20_000, lengthShift: 61) {
      Self.expectSame(line)
    }
  }
}
