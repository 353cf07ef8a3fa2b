import TestSupport
import Testing

@testable import PlanReading

/// ``ListMarker`` reads an ordinal's label on bytes; these tests pin it to the
/// reading by characters it replaced (``CharacterMarker``, kept here as the
/// reference) on tricky lines and on many generated ones.
@Suite("List markers: ordinals read on bytes as by characters")
struct ListMarkerTests {
  /// The marker reading as it was before, on `Character`s.
  private enum CharacterMarker {
    static let bullets: Set<Character> = [
      "-", "*", "+", "•", "–", "—", "·", "▪", "◦", "‣", "■", "□", "●", "○", "►", "→",
      "\u{F0B7}", "\u{F0A7}",
    ]
    static let romanNumerals: Set<Substring> = [
      "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ]

    static func content(of text: Substring) -> Substring? {
      guard let rest = afterBullet(text) ?? afterOrdinal(text) else { return nil }
      if let inner = afterBullet(rest) { return inner }
      if let inner = afterOrdinal(rest), inner.isEmpty { return inner }
      return rest
    }

    static func afterBullet(_ text: Substring) -> Substring? {
      guard let first = text.first, bullets.contains(first) else { return nil }
      return afterSpace(text.dropFirst())
    }

    static func afterOrdinal(_ text: Substring) -> Substring? {
      var body = text
      let parenthesised = body.first == "("
      if parenthesised { body = body.dropFirst() }
      let label = body.prefix(5).prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
      guard !label.isEmpty, isOrdinal(label) else { return nil }
      let rest = body[label.endIndex...]
      guard let close = rest.first else { return nil }
      if parenthesised {
        guard close == ")" else { return nil }
      } else {
        guard close == "." || close == ")" else { return nil }
      }
      return afterSpace(rest.dropFirst())
    }

    static func isOrdinal(_ label: Substring) -> Bool {
      if label.allSatisfy(\.isNumber) { return label.count <= 3 }
      if label.count == 1, let letter = label.first { return letter.isLowercase }
      return romanNumerals.contains(label)
    }

    static func afterSpace(_ rest: Substring) -> Substring? {
      guard let next = rest.first else { return rest }
      guard next == " " || next == "\t" else { return nil }
      return rest.drop { $0 == " " || $0 == "\t" }
    }
  }

  /// The content and where it starts (in UTF-8 bytes), so that the same text
  /// from another position would not pass.
  private static func read(
    _ text: String, _ reader: (Substring) -> Substring?
  ) -> (String, Int)? {
    reader(text[...]).map {
      (String($0), text.utf8.distance(from: text.startIndex, to: $0.startIndex))
    }
  }

  private static func expectSame(_ text: String) {
    let bytes = read(text, ListMarker.content(of:))
    let characters = read(text, CharacterMarker.content(of:))
    #expect(
      bytes?.0 == characters?.0 && bytes?.1 == characters?.1, "\(Array(text.unicodeScalars))")
  }

  @Test(
    "tricky lines",
    arguments: [
      "1. Inleiding", "12) Tekst", "123. x", "1234. x", "a) b", "A) b", "iv. Vier", "viii. acht",
      "ix.", "xiii. no", "(a) tekst", "(12) tekst", "(a. no", "(iv)", "1.Tekst", "1.\tTekst",
      "1.  \t Tekst", "- 1. Tekst", "• a.", "1\u{0301}. x", "1.\u{0301} x", "1. \u{0301}x",
      "(\u{0301}a) x", "a\u{0301}) x", "1)\u{0301}", "é) x", "(é) x", "1.\r\nx", "١. x",
      "１. x", "ⅳ. x", "", "(", "1", "1.", "12345. x", "abcde. x", "ab. x", "Iv. x",
    ])
  func tricky(_ line: String) {
    Self.expectSame(line)
  }

  /// Lines built from digits, letters, roman numerals, parentheses, dots,
  /// spaces, tabs, bullets and non-ASCII characters that may join them.
  @Test("generated lines read as before")
  func generated() {
    let alphabet: [String] = [
      "1", "2", "0", "a", "b", "Z", "i", "v", "x", "ii", "iv", "(", ")", ".", " ", "\t", "-",
      "•", "é", "\u{0301}", "\u{200D}", "\u{FE0F}", "\u{0903}", "١", "🙂", "\r\n", ",",
    ]
    for line in GeneratedTexts(alphabet, count: 5000, lengthShift: 61) {
      Self.expectSame(line)
      Self.expectSame(line + " tekst")
    }
  }
}
