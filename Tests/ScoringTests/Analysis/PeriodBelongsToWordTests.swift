import Testing

@testable import Scoring

/// ``SentenceSplitter/periodBelongsToWord(_:period:sentenceStart:nextIsDigit:)``
/// lower-cases and splits the word before a period on its bytes; this pins it
/// to the code it replaced, which made a `String` of the word and split it by
/// characters (``StringWord``, kept here as the reference), at every period
/// of many generated lines.
@Suite("Abbreviation periods on bytes: the same as through strings")
struct PeriodBelongsToWordTests {
  /// The test as it was before, for a period after a word (not digits).
  private enum StringWord {
    static func belongs(
      _ bytes: UnsafeBufferPointer<UInt8>, period: Int, sentenceStart: Int, nextIsDigit: Bool
    ) -> Bool? {
      var wordStart = period
      while wordStart > sentenceStart {
        let byte = bytes[wordStart - 1]
        guard UTF8Text.isASCIILetter(byte) || byte == 0x2E else { break }
        wordStart -= 1
      }
      if wordStart == period { return nil }
      if wordStart > 0,
        bytes[wordStart - 1] >= 0x80 || UTF8Text.isASCIIDigit(bytes[wordStart - 1])
      {
        return false
      }
      let word = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<period]), as: UTF8.self)
      let lower = word.lowercased()
      if Abbreviations.neverFinal.contains(lower) { return true }
      if Abbreviations.oftenFinal.contains(lower) { return nextIsDigit }
      let segments = word.split(separator: ".", omittingEmptySubsequences: false)
      if segments.count == 1 {
        return word.utf8.count == 1 && UTF8Text.isASCIILetter(bytes[wordStart])
          && bytes[wordStart] < 0x61
      }
      return segments.allSatisfy { (1...2).contains($0.utf8.count) }
    }
  }

  /// Every period of `line`, from the line's start and from each space.
  private static func expectSame(_ line: String) -> Int {
    var checked = 0
    Array(line.utf8).withUnsafeBufferPointer { bytes in
      let starts = [0] + bytes.indices.filter { bytes[$0] == 0x20 }
      for period in bytes.indices where bytes[period] == 0x2E {
        for start in starts where start <= period {
          for nextIsDigit in [false, true] {
            guard
              let expected = StringWord.belongs(
                bytes, period: period, sentenceStart: start, nextIsDigit: nextIsDigit)
            else { continue }
            let found = SentenceSplitter.periodBelongsToWord(
              bytes, period: period, sentenceStart: start, nextIsDigit: nextIsDigit)
            #expect(found == expected, "\(line) \(period) \(start)")
            checked += 1
          }
        }
      }
    }
    return checked
  }

  @Test(
    "abbreviations, initials and words",
    arguments: [
      "o.a.", "O.A.", "bijv.", "Bijv.", "m.b.t.", "d.w.z.", "art.", "nr.", "Nr.", "J.", "j.",
      "J.P.", "J.P.Balkenende.", "abc.de.", "ab.cde.", "..a.", "a..", "caféx.", "2e.", "U.S.A.",
      "Prof. Dr. J. de Vries.", "ca. 25 m.", "enz.", "e.d.", "z.o.z.", "a.b.c.d.e.",
    ])
  func words(_ line: String) {
    #expect(Self.expectSame(line) > 0)
  }

  /// Lines of letters in both cases, periods, spaces, digits and non-ASCII letters.
  @Test("generated lines give the same answers")
  func generated() {
    let alphabet: [String] = [
      "a", "B", "o", "A", "z", "bijv", "art", "nr", "m", "b", "t", ".", ".", ".", " ", "1", "é",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var checked = 0
    for _ in 0..<3000 {
      var line = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<Int(state >> 60) + 1 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        line += alphabet[Int(state >> 33) % alphabet.count]
      }
      checked += Self.expectSame(line)
    }
    #expect(checked > 5_000)
  }
}
