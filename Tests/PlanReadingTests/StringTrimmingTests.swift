import Foundation
import TestSupport
import Testing

@testable import PlanReading

/// `String.trimmingBytes(_:bullet:)` trims a plan header's lines and values
/// on UTF-8 bytes; these tests pin it to Foundation's
/// `trimmingCharacters(in:)`, which it replaces, on tricky and generated texts.
@Suite("Trimming on bytes as with Foundation")
struct StringTrimmingTests {
  private static let lineSet = CharacterSet(charactersIn: "*|#-• \t")
  private static let valueSet = CharacterSet(charactersIn: "*|_ \t")

  private static func expectSame(_ text: String) {
    #expect(
      text.trimmingBytes(Array("*|#- \t".utf8), bullet: true)
        == text.trimmingCharacters(in: lineSet),
      "\(Array(text.unicodeScalars))")
    #expect(
      text.trimmingBytes(Array("*|_ \t".utf8)) == text.trimmingCharacters(in: valueSet),
      "\(Array(text.unicodeScalars))")
  }

  @Test(
    "tricky texts",
    arguments: [
      "", " ", "•", "••", "• Plan: Molenbuurt", "| **Plan:** | Molenbuurt |", "## Status: x #",
      "- IMRO-idn: NL.IMRO.0297.BP1-VG01 -", " \t*_x_*\t ", "*\u{0301}x", "x *\u{0301}",
      " \u{0301}", "•\u{0301}", "\u{2023} x", "x \u{2022}", "🙂 x 🙂", "\u{00A0}x\u{00A0}", "é",
      "_x_", "__", "* * *", "x", "–x–", "\u{200B} x",
    ])
  func tricky(_ text: String) {
    Self.expectSame(text)
  }

  /// Texts built from the trimmed characters, letters, combining marks, other
  /// bullets and spaces, and characters beyond the Basic Multilingual Plane.
  @Test("generated texts trim as before")
  func generated() {
    let alphabet: [String] = [
      "*", "|", "#", "-", "•", "_", " ", "\t", "x", "Plan:", "é", "\u{0301}", "\u{2023}", "–",
      "🙂", "\u{00A0}", "\u{200D}", "\n",
    ]
    for text in GeneratedTexts(alphabet, count: 20_000, lengthShift: 61) {
      Self.expectSame(text)
    }
  }
}
