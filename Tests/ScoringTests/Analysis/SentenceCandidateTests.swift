import TestSupport
import Testing

@testable import Scoring

/// ``SentenceSplitter/split(_:maxBytes:)`` passes over eight bytes at a time
/// to the next byte that may end or separate a sentence
/// (``SentenceSplitter/nextCandidate(in:from:)``), where it tested every byte;
/// these tests pin that search to the byte loop before (kept here as the
/// reference) from every position of generated texts.
@Suite("Sentences: candidates found eight bytes at a time, as byte by byte")
struct SentenceCandidateTests {
  /// The first candidate at or after `index`, byte by byte as before.
  private static func nextCandidateBefore(
    in bytes: UnsafeBufferPointer<UInt8>, from index: Int
  ) -> Int {
    var index = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0xE2, byte != 0x2E, byte != 0x21, byte != 0x3F, byte != 0x0A {
        index += 1
        continue
      }
      return index
    }
    return index
  }

  /// Plain words and the bytes next to each candidate (`-`, `/`, `>`, `@`,
  /// `\t`, `\v`), the candidates, and scalars whose first byte is just
  /// below, at and above `0xE2` (`ß`, `‘`, `…`, `•`, `€`, `、`, `가`).
  private static let alphabet: [String] = [
    "wijk", "bewoners en", " ", "-", "/", ">", "@", "\t", "\u{0B}", "\"", ".", "!", "?", "\n",
    "ß", "\u{1E9E}", "‘", "…", "•", "€", "、", "가", "\u{00A0}", "12", "abcdefgh",
  ]

  @Test("from every position of generated texts, the next candidate is the one before")
  func generated() {
    var candidates = 0
    for text in GeneratedTexts(Self.alphabet, count: 20_000, lengthShift: 59) {
      var copy = text
      copy.withUTF8 { bytes in
        for start in 0...bytes.count {
          let found = SentenceSplitter.nextCandidate(in: bytes, from: start)
          #expect(found == Self.nextCandidateBefore(in: bytes, from: start))
          if found < bytes.count { candidates += 1 }
        }
      }
    }
    #expect(candidates > 50_000)
  }
}
