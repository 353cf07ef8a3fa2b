import TestSupport
import Testing

@testable import Scoring

/// ``ScannedSentence/endsInColon(_:)`` reads the last bytes of a sentence
/// while they are ASCII, where it read its scalars from the end; these tests
/// pin it to the test it replaces, on generated sentences.
@Suite("Lead-ins: the colon at the end found on bytes")
struct EndsInColonTests {
  /// ``ScannedSentence/endsInColon(_:)`` before: the last scalar that is no
  /// tab or space separator.
  private static func endsInColonBefore(_ text: Substring) -> Bool {
    text.unicodeScalars.last { !UTF8Text.isTabOrSpaceSeparator($0) } == ":"
  }

  /// Colons, spaces, tabs, other space separators, line breaks, combining
  /// marks and letters in and beyond ASCII.
  private static let alphabet: [String] = [
    ":", ":", " ", " ", "\t", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{202F}", "\u{2009}", "\n",
    "\r", "\u{0301}", "\u{FE0F}", "a", "é", ".", "ĳ", "\u{200B}", "\u{FF1A}", "1",
  ]

  @Test("generated sentences end in a colon as the test before says")
  func generated() {
    var colons = 0
    for text in GeneratedTexts(Self.alphabet, count: 50_000, lengthShift: 60, atLeastOne: false) {
      let sentence = text[...]
      let endsInColon = ScannedSentence.endsInColon(sentence)
      #expect(endsInColon == Self.endsInColonBefore(sentence), "\(text.debugDescription)")
      #expect(ScannedSentence.endsInColon(text) == endsInColon, "\(text.debugDescription)")
      if endsInColon { colons += 1 }
    }
    #expect(colons > 5_000)
  }
}
