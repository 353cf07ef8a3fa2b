import TestSupport
import Testing

@testable import PlanReading

/// ``SpacedLetters`` looks for one-letter words at word starts only; these
/// tests pin its quick test to the byte-by-byte test it replaced
/// (``everyByteMayHaveRuns(_:)``, kept here as the reference) on tricky and
/// generated texts.
@Suite("Spaced letters: the quick test by word starts as by every byte")
struct SpacedLettersTests {
  /// The quick test as it was before: every byte looked at with its neighbours.
  private static func everyByteMayHaveRuns(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    let last = bytes.count - 1
    var singles = 0
    var index = 0
    while index <= last {
      let lowered = bytes[index] | 0x20
      if index == last || bytes[index + 1] == 0x20, index == 0 || bytes[index - 1] == 0x20,
        lowered >= 0x61, lowered <= 0x7A
      {
        singles += 1
        if singles >= 3 { return true }
      }
      index += 1
    }
    return false
  }

  private static func expectSame(_ text: String) {
    #expect(
      SpacedLetters.mayHaveRuns(text) == everyByteMayHaveRuns(text),
      "\(Array(text.unicodeScalars))")
  }

  @Test(
    "tricky texts",
    arguments: [
      "", " ", "a", "a b c", "a b", " a b c ", "a  b  c", "P a r t i c i p a t i e", "ab c d e",
      "a b cd", "1 2 3", "@ [ `", "é è ë", "a\u{0301} b c", "a b c\u{0301}", "x\ty z w",
      "I n l ei d i n g", "Het is a b c", "  a", "a  ", "aa bb cc", "{ a b",
    ])
  func tricky(_ text: String) {
    Self.expectSame(text)
  }

  /// Texts built from letters, pairs, spaces and bytes next to the letters in
  /// ASCII (`@`, `[`, `` ` ``, `{`) and beyond it.
  @Test("generated texts read as before")
  func generated() {
    let alphabet: [String] = [
      "a", "B", "z", "Z", "ab", " ", " ", "  ", "@", "[", "`", "{", "1", "é", "\u{0301}", "\t",
      "word",
    ]
    for text in GeneratedTexts(alphabet, count: 20_000, lengthShift: 60) {
      Self.expectSame(text)
    }
  }
}
