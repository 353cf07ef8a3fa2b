import Foundation
import Testing

@testable import PlanReading

/// ``UTF8Validation`` says what `String(validating:as:)` says: the XML reader
/// counts columns in a file's own bytes only where decoding them would have
/// given the same bytes.
@Suite struct UTF8ValidationTests {
  /// Bytes that start, continue or break sequences at every boundary of the
  /// rules (overlong forms, surrogates, the end of Unicode).
  static let interesting: [UInt8] = [
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
    0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
  ]

  static func expectSameAnswer(_ bytes: [UInt8]) {
    let expected = String(validating: bytes, as: UTF8.self) != nil
    let answer = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
    #expect(answer == expected, "\(bytes.map { String($0, radix: 16) })")
  }

  /// Every sequence of up to four interesting bytes, alone, after seven ASCII
  /// bytes (so that it straddles an eight-byte chunk) and before ASCII.
  @Test func everyShortSequenceAgreesWithTheStandardLibrary() {
    var sequences: [[UInt8]] = [[]]
    for _ in 1...4 {
      sequences =
        sequences
        + sequences.filter { $0.count == sequences.last?.count }
        .flatMap { sequence in Self.interesting.map { sequence + [$0] } }
    }
    for sequence in sequences {
      Self.expectSameAnswer(sequence)
      Self.expectSameAnswer(Array("abcdefg".utf8) + sequence)
      Self.expectSameAnswer(sequence + Array("abcdefghij".utf8))
    }
  }

  /// Real text: Dutch with accents, emoji, and one bad byte at every position.
  @Test func realTextWithOneBadByteAnywhere() {
    let text = Array("Bewoners beslissen mee over het café-budget 👩‍👩‍👧, coöperatie € 5.".utf8)
    Self.expectSameAnswer(text)
    for index in text.indices {
      var broken = text
      broken[index] = 0xFF
      Self.expectSameAnswer(broken)
      Self.expectSameAnswer(Array(text[..<index]))
    }
  }
}
