import TestSupport
import Testing

@testable import Scoring

/// ``BlockLayout/sectionNumber(_:)`` reads an ASCII title on its bytes (and
/// other titles from their first two words), where it once split every title
/// into `Character` words; these tests pin it to that first code (kept here
/// as the reference) on tricky and generated titles, in and beyond ASCII.
@Suite("BlockLayout.sectionNumber on the bytes of ASCII titles: the numbers as before")
struct SectionNumberBytesTests {
  /// The section number as it was first found, from every `Character` word
  /// of the title.
  private static func sectionNumberBefore(_ title: String) -> [Int]? {
    var words = title.split(whereSeparator: { $0 == " " || $0 == "\t" }).prefix(2)
    if let first = words.first,
      ["hoofdstuk", "chapter", "paragraaf", "section"].contains(first.lowercased())
    {
      words = words.dropFirst()
    }
    guard let word = words.first, startsWithSectionNumber(word) else { return nil }
    let parts = word.split(separator: ".").compactMap { Int($0) }
    return parts.isEmpty || parts.contains { $0 >= 100 } ? nil : parts
  }

  private static func startsWithSectionNumber(_ word: Substring) -> Bool {
    guard let first = word.first, first.isNumber else { return false }
    return word.allSatisfy { $0.isNumber || $0 == "." } && word.count <= 8
  }

  @Test(
    "tricky titles",
    arguments: [
      "3.1 Inspraak", "Hoofdstuk 5 Uitvoerbaarheid", "  \t 2 Overleg", "Chapter\t\t7", "Section",
      "", " ", "2024 Jaarverslag", "1.100 Te groot", "12. Wijk", "Paragraaf", "PARAGRAAF 3.2 x",
      "3\r\n4", "١٢ Arabisch", "Hoofdstuk  4  Vijf", "..", "1..2 Dubbel", "123456789 Lang",
      "12345678", "1.2.3.4.", "099.099", "Hoofdstuk\u{0301} 3", "3 \u{0301}Inspraak", "hOOfdSTUK 9",
      "Hoofdstukken 3", "Chapte 3", "00000001", "3.1\u{00A0}Inspraak", "²", "3²",
    ])
  func tricky(_ title: String) {
    #expect(BlockLayout.sectionNumber(title) == Self.sectionNumberBefore(title))
    #expect(
      BlockLayout.sectionNumber(title + "\u{00E9}") == Self.sectionNumberBefore(title + "\u{00E9}"))
  }

  @Test("generated titles")
  func generated() {
    let alphabet = [
      " ", " ", "\t", "3", "1", "0", ".", "12", "100", "99", "Hoofdstuk", "hoofdstuk", "CHAPTER",
      "section", "paragraaf", "PaRaGrAaF", "Inspraak", "x", "\r\n", "\r", "\n", "٣", "é",
      "\u{0301}", "\u{00A0}", "2024", "5.", "Z", "@", "[",
    ]
    var numbers = 0
    for title in GeneratedTexts(alphabet, count: 50_000, lengthShift: 60) {
      let number = BlockLayout.sectionNumber(title)
      #expect(number == Self.sectionNumberBefore(title), "\(title.debugDescription)")
      if number != nil { numbers += 1 }
    }
    #expect(numbers > 2_000)
  }
}
