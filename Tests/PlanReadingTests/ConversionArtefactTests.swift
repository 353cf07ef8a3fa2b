import TestSupport
import Testing

@testable import PlanReading

/// ``ConversionArtefact`` finds page numbers on bytes; these tests pin it to
/// the test by characters it replaced (``CharacterPageNumber``, kept here as
/// the reference) on tricky lines and on many generated ones.
@Suite("Page numbers: read on bytes as by characters")
struct ConversionArtefactTests {
  /// The page-number test as it was before, on lower-cased `Character`s.
  private enum CharacterPageNumber {
    static let pageWords: Set<Substring> = [
      "pagina", "page", "blz", "blz.", "pag", "pag.", "p.", "bladzijde",
    ]
    static let countWords: Set<Substring> = ["van", "of", "/"]

    static func isPageNumber(_ text: Substring) -> Bool {
      guard text.utf8.count <= 24, text.utf8.contains(where: { (0x30...0x39).contains($0) })
      else { return false }
      var words = text.lowercased().split { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" }[...]
      if let word = words.first, pageWords.contains(word) { words = words.dropFirst() }
      let parts = words.flatMap { word -> [Substring] in
        word.contains("/") && word.count > 1
          ? word.split(separator: "/", omittingEmptySubsequences: false) : [word]
      }
      switch parts.count {
      case 1:
        return isPageDigits(parts[0])
      case 2:
        return isPageDigits(parts[0]) && isPageDigits(parts[1])
      case 3:
        return isPageDigits(parts[0]) && countWords.contains(parts[1]) && isPageDigits(parts[2])
      default:
        return false
      }
    }

    static func isPageDigits(_ word: Substring) -> Bool {
      (1...3).contains(word.count) && word.allSatisfy { $0.isASCII && $0.isNumber }
    }
  }

  private static func expectSame(_ line: String) {
    #expect(
      ConversionArtefact.isPageNumber(line[...]) == CharacterPageNumber.isPageNumber(line[...]),
      "\(Array(line.unicodeScalars))")
  }

  @Test(
    "tricky lines",
    arguments: [
      "12", "- 12 -", "– 12 –", "—12—", "Pagina 3 van 40", "PAGINA 3 VAN 40", "pag. 3", "Pag 3",
      "p. 3", "P.3", "blz. 3/40", "Blz 3 / 40", "3/40", "3//40", "/3", "3/", "/", "3 / 40",
      "3 of 40", "Page 3 of 40", "bladzijde 12", "1234", "12 13", "12 13 14", "a 12",
      "pagina pagina 3", "3 van", "van 3", "12\u{0301}", "–\u{0301} 12", "-\u{0301}12",
      "\u{212A}3", "pag\u{0130}na 3", "١٢", "１２", "12\t", "\t12", "12\r\n", "", " ", "3/4/5",
      "3 / 4 / 5", "Page 3/40", "page 3 / 40 -", "0", "000", "- - 7 - -", "7 — 8",
      "pagina 3 van 40 x", "1 2", "ééé 1", "12 é", "pagina-3", "p.-3", "blz.3",
    ])
  func tricky(_ line: String) {
    Self.expectSame(line)
  }

  /// Lines built from digits, page and count words, separators, slashes and
  /// characters beyond ASCII, some of which join the ones before them.
  @Test("generated lines read as before")
  func generated() {
    let alphabet: [String] = [
      "1", "2", "0", "12", "345", " ", "-", "–", "—", "/", "pagina", "Pag.", "P.", "blz",
      "van", "OF", "of", "page", "x", "\u{0301}", "\u{200D}", "\u{212A}", "İ", "é", "\t",
      "١", "\u{0600}", ".",
    ]
    for line in GeneratedTexts(alphabet, count: 20_000, lengthShift: 61) {
      Self.expectSame(line)
    }
  }
}
