import TestSupport
import Testing

@testable import Scoring

/// ``UTF8Text/scalarsAreCharacters(_:)`` passes over eight ASCII bytes at a
/// time, where it looked at every byte; these tests pin it to the loop before
/// (kept here as the reference) on generated texts, from every start.
@Suite("UTF8Text.scalarsAreCharacters: eight ASCII bytes at a time, as before")
struct ScalarsAreCharactersTests {
  /// ``UTF8Text/scalarsAreCharacters(_:)`` before, byte by byte.
  private static func scalarsAreCharactersBefore(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < text.count {
      if text[index] < 0x80 {
        index += 1
        continue
      }
      let (scalar, length) = UTF8Text.scalar(in: text, at: index)
      switch scalar.value {
      case 0x80..<0x300, 0x2010...0x2027, 0x2030...0x205F, 0x20A0...0x20C0, 0xFFFD: break
      default: return false
      }
      index += length
    }
    return true
  }

  /// ASCII runs of every length, scalars that are characters of their own
  /// (`é`, `’`, `€`) and scalars that join (a combining mark, a joiner, an
  /// emoji, Hangul).
  private static let alphabet: [String] = [
    "a", "bewoners", "abcdefghijklmnop", " ", "\r\n", "é", "’", "€", "\u{0301}", "\u{200D}", "🙂",
    "가", "\u{FFFD}", "\u{02FF}", "\u{0300}",
  ]

  @Test("generated texts, from every start, as the loop before says")
  func generated() {
    var characters = 0
    for text in GeneratedTexts(Self.alphabet, count: 10_000, lengthShift: 60) {
      var copy = text
      copy.withUTF8 { bytes in
        for start in 0...bytes.count {
          let rest = UnsafeBufferPointer(rebasing: bytes[start...])
          let found = UTF8Text.scalarsAreCharacters(rest)
          #expect(found == Self.scalarsAreCharactersBefore(rest))
          if found { characters += 1 }
        }
      }
    }
    #expect(characters > 10_000)
  }
}
