import TestSupport
import Testing

@testable import PlanReading

/// ``SourceLine`` finds line breaks eight bytes at a time where a chunk holds
/// none; these tests pin the lines it finds to a split scalar by scalar on
/// generated texts with breaks and controls at every offset.
@Suite("Source lines: breaks found in chunks as scalar by scalar")
struct SourceLineTests {
  /// The lines of a text split at LF, CR LF and a lone CR, scalar by scalar.
  private static func referenceLines(_ text: String) -> [String] {
    var lines: [String] = []
    var line = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\n" || scalar == "\r" {
        lines.append(String(line))
        line = String.UnicodeScalarView()
        index += scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" ? 2 : 1
      } else {
        line.append(scalar)
        index += 1
      }
    }
    if !line.isEmpty { lines.append(String(line)) }
    return lines
  }

  @Test("generated texts split as before")
  func generated() {
    let alphabet: [String] = [
      "plan", "participatie", " ", "\n", "\r\n", "\r", "\n\n", "\u{0B}", "\u{0C}", "\u{0E}",
      "\t", "é", "\u{85}", "\u{2028}", "x",
    ]
    for text in GeneratedTexts(alphabet, count: 5_000, lengthShift: 58, atLeastOne: false) {
      let lines = SourceLine.lines(in: text)
      let expected = Self.referenceLines(text).map { LineCleaner.clean($0[...]).text }
      #expect(lines.map(\.text) == expected, "\(Array(text.unicodeScalars))")
      #expect(lines.map(\.number) == Array(0..<lines.count).map { $0 + 1 })
    }
  }
}
