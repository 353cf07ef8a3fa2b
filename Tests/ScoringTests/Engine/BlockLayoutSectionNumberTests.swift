import TestSupport
import Testing

@testable import Scoring

/// ``BlockLayout/sectionNumber(_:)`` splits only the first words of a title
/// off, where it split the whole title into words; this pins it to the
/// splitting it replaced (kept here as the reference) on tricky and
/// generated titles.
@Suite("BlockLayout.sectionNumber from the first words: the numbers as before")
struct BlockLayoutSectionNumberTests {
  /// The section number as it was found before, from every word.
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
    ])
  func tricky(_ title: String) {
    #expect(BlockLayout.sectionNumber(title) == Self.sectionNumberBefore(title))
  }

  @Test("generated titles")
  func generated() {
    let alphabet = [
      " ", " ", "\t", "3", "1", "0", ".", "12", "100", "Hoofdstuk", "hoofdstuk", "CHAPTER",
      "section", "paragraaf", "Inspraak", "x", "\r\n", "٣", "é",
    ]
    for title in GeneratedTexts(alphabet, count: 20_000, lengthShift: 60) {
      #expect(BlockLayout.sectionNumber(title) == Self.sectionNumberBefore(title), "\(title)")
    }
  }
}
