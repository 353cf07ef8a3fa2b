import TestSupport
import Testing

@testable import Scoring

/// ``BlockLayout/folded(_:)`` folds ASCII titles on their bytes; this pins it
/// to the folding by characters it replaced (``CharacterFolding``, kept here
/// as the reference), on ASCII titles and on others, which still take it.
@Suite("BlockLayout.folded on bytes: the same titles as by characters")
struct BlockLayoutFoldedTests {
  /// The folding as it was before, by characters.
  private enum CharacterFolding {
    static func folded(_ title: String) -> String {
      var words = title.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(
        String.init)
      while let first = words.first,
        startsWithSectionNumber(Substring(first))
          || ["hoofdstuk", "chapter", "paragraaf", "bijlage", "appendix", "•", "-", "*"]
            .contains(first)
      {
        words.removeFirst()
      }
      if words.count > 1, let last = words.last, last.allSatisfy(\.isNumber) { words.removeLast() }
      let text = words.joined(separator: " ")
      let scalars = text.unicodeScalars
      let isPunctuation: (Unicode.Scalar) -> Bool = { scalar in
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
          .initialPunctuation, .finalPunctuation, .otherPunctuation:
          true
        default: false
        }
      }
      guard let first = scalars.firstIndex(where: { !isPunctuation($0) }),
        let last = scalars.lastIndex(where: { !isPunctuation($0) })
      else { return "" }
      return String(scalars[first...last])
    }

    private static func startsWithSectionNumber(_ word: Substring) -> Bool {
      guard let first = word.first, first.isNumber else { return false }
      return word.allSatisfy { $0.isNumber || $0 == "." } && word.count <= 8
    }
  }

  @Test(
    "titles fold as before",
    arguments: [
      "3.2 Inspraak.", "Hoofdstuk 4 Overleg en inspraak 12", "«Reacties van bewoners»",
      "HOOFDSTUK 3 PARTICIPATIE", "Bijlage 2 - Verslag", "1.2.3.4.5.6 Te lang nummer",
      "123456789 Negen cijfers", "- * Chapter 7 Appendix A", "Inleiding\t\t12", "12", "42 43",
      "   ", "", "...", "\"Quoted\" (title)?!", "Kop 3a", "Paragraaf 1.2 Doel 1.2",
      "appendix", "A  B\tC", "• Opsomming 3", "Geïnformeerd 4", "Ｈｏｏｆｄｓｔｕｋ 5 Wijk",
      "١٢ Arabisch cijfer", "Kop\r\nregel 7", "#hashtag @wijk $5 ^ | ~ `code` +1 =2",
    ])
  func titles(_ title: String) {
    #expect(BlockLayout.folded(title) == CharacterFolding.folded(title))
  }

  /// Titles of section numbers, dropped words in any case, page numbers,
  /// punctuation and spaces, ASCII and not.
  @Test("generated titles fold as before")
  func generated() {
    let alphabet = [
      " ", " ", "\t", "3", "1.2", ".", "12", "Hoofdstuk", "BIJLAGE", "appendix", "Chapter", "-",
      "*", "•", "Inspraak", "x", "(", ")", "?", "é", "123456789",
    ]
    for title in GeneratedTexts(alphabet, count: 20_000, lengthShift: 60) {
      #expect(BlockLayout.folded(title) == CharacterFolding.folded(title), "\(title)")
    }
  }

  /// Every ASCII character alone, and between words, folds as before.
  @Test("every ASCII character folds as before")
  func everyASCIICharacter() {
    for value in UInt8(0)..<0x80 {
      let character = String(UnicodeScalar(value))
      for title in [character, "1 " + character + " 2", "Kop" + character, character + " Kop 3"] {
        #expect(BlockLayout.folded(title) == CharacterFolding.folded(title), "\(value)")
      }
    }
  }
}
