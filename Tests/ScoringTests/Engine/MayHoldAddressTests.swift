import TestSupport
import Testing

@testable import Scoring

/// ``SentenceText/mayHoldAddress`` finds `@`, `://` and `www.` with `memchr`,
/// where it tested every byte of the sentence; these tests pin it to that
/// test (kept here as the reference) on generated sentences.
@Suite("Addresses: the quick test on bytes found with memchr, as before")
struct MayHoldAddressTests {
  /// ``SentenceText/mayHoldAddress`` before: every byte in turn.
  private static func mayHoldAddressBefore(_ text: Substring) -> Bool {
    UTF8Text.withBytes(of: text) { bytes in
      bytes.indices.contains { index in
        switch bytes[index] {
        case UInt8(ascii: "@"): return true
        case UInt8(ascii: ":"): return bytes[index...].starts(with: "://".utf8)
        case UInt8(ascii: "w"): return bytes[index...].starts(with: "www.".utf8)
        default: return false
        }
      }
    }
  }

  /// The pieces of addresses, cut short and run together, with words,
  /// spaces and letters beyond ASCII.
  private static let alphabet: [String] = [
    "@", ":", "/", "//", "://", "w", "ww", "www", ".", "W", "WWW.", "http", "wijk", " ", " ",
    "é", "€", "\u{FF20}", "x", "\n",
  ]

  @Test("generated sentences may hold an address as the test before says")
  func generated() {
    var addresses = 0
    for text in GeneratedTexts(Self.alphabet, count: 50_000, lengthShift: 60, atLeastOne: false) {
      for sentence in [text[...], text.dropFirst()] {
        let found = SentenceText(text: sentence, tokens: []).mayHoldAddress
        #expect(found == Self.mayHoldAddressBefore(sentence), "\(text.debugDescription)")
        if found { addresses += 1 }
      }
    }
    #expect(addresses > 10_000)
    #expect(addresses < 90_000)
  }
}
