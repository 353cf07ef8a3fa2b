import Foundation
import Reporting
import TestSupport
import Testing

/// HTML and Markdown escaping work on UTF-8 bytes; these tests pin them to the
/// scalar and `Character` loops they replaced, kept here as the reference.
@Suite("Escaping on bytes: the same text as by scalars and characters")
struct EscapingBytesTests {
  /// `htmlEscaped` as it was: entity by entity over the unicode scalars.
  private static func htmlByScalars(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `markdownEscaped` as it was: a backslash before each special
  /// `Character`, then Foundation's replacement of line feeds.
  private static func markdownByCharacters(_ text: String) -> String {
    let specials: Set<Character> = [
      "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "!", "|", "~",
    ]
    var result = ""
    for character in text {
      if specials.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result.replacingOccurrences(of: "\n", with: " ")
  }

  private static let tricky = [
    "", "a", "<script>alert('x') & \"y\"</script>", "Plan *vet* en _schuin_ [link](x) #1 !",
    "regel\neen\n\ntwee\n", "\n", "\r\n", "a\r\nb*", "a\rb", "\n\u{0301}*", "*\u{0301}",
    "(\u{0301})", "\u{0301}(", "é(b)é", "(één)", "x\u{1FEF}y", "\u{1FEF}", "`", "a\u{200D}*",
    "\u{0600}*", "*\u{0600}", "👍🏽*", "*👍🏽", "Zo’n plan — ‘inspraak’ (x) of „meedenken”?",
    "€ 25.000,- op 1\u{00A0}januari", "\\\\ ~~ || ++ {} <>", "\u{FFFD}*\u{FFFD}", "é\nb", "a\né",
    "Café\u{0301} *x*", "\u{1FEE}\u{1FEF}\u{1FFD}",
  ]

  @Test("tricky texts escape alike", arguments: tricky)
  func trickyTexts(_ text: String) {
    #expect(text.htmlEscaped == Self.htmlByScalars(text))
    #expect(text.markdownEscaped == Self.markdownByCharacters(text))
    #expect(Array(text.markdownEscaped.utf8) == Array(Self.markdownByCharacters(text).utf8))
  }

  /// Texts of special characters, line breaks, marks, joiners and letters
  /// beyond ASCII next to each other in every order.
  @Test("generated texts escape alike")
  func generated() {
    let alphabet = [
      " ", "a", "Wijk", "é", "e\u{0301}", "\u{0301}", "\u{200D}", "\u{0600}", "\u{1FEF}", "👍",
      "\u{1F3FD}", "\n", "\r", "\r\n", "*", "_", "(", ")", "[", "#", "!", "|", "~", "\\", "`",
      "<", ">", "&", "\"", "'", "’", "–", "\u{00A0}",
    ]
    for text in GeneratedTexts(alphabet, count: 20_000, lengthShift: 59) {
      #expect(Array(text.htmlEscaped.utf8) == Array(Self.htmlByScalars(text).utf8), "\(text)")
      #expect(
        Array(text.markdownEscaped.utf8) == Array(Self.markdownByCharacters(text).utf8),
        "\(text)")
    }
  }
}
