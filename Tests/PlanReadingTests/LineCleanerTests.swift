import TestSupport
import Testing

@testable import PlanReading

/// ``LineCleaner`` passes over printable ASCII eight bytes at a time; these
/// tests pin it to a cleaning scalar by scalar (``ScalarCleaner``, the
/// reference) on tricky and generated lines without mojibake, long enough for
/// the chunks to meet every kind of character at every offset.
@Suite("Line cleaning: in chunks as scalar by scalar")
struct LineCleanerTests {
  /// The cleaning written out on scalars.
  private enum ScalarCleaner {
    enum Kind { case space, invisible, text }

    static func kind(_ scalar: Unicode.Scalar) -> Kind {
      switch scalar.value {
      case 0...0x20, 0x7F...0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
        0x3000:
        return .space
      case 0xAD, 0x180E, 0x200B...0x200D, 0x2060, 0xFEFF:
        return .invisible
      default:
        return .text
      }
    }

    static func clean(_ line: String) -> (String, Int) {
      let scalars = Array(line.unicodeScalars)
      var leading = 0
      var start = 0
      while start < scalars.count, kind(scalars[start]) != .text {
        leading += 1
        start += 1
      }
      var end = scalars.count
      while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
      var output = String.UnicodeScalarView()
      for scalar in scalars[start..<end] {
        switch kind(scalar) {
        case .space: output.append(" ")
        case .invisible: break
        case .text: output.append(scalar)
        }
      }
      while output.last == " " { output.removeLast() }
      return (String(output), leading)
    }
  }

  private static func expectSame(_ line: String) {
    let cleaned = LineCleaner.clean(line[...])
    let reference = ScalarCleaner.clean(line)
    #expect(
      String(cleaned.text) == reference.0 && cleaned.leading == reference.1,
      "\(Array(line.unicodeScalars))")
  }

  @Test(
    "tricky lines",
    arguments: [
      "", " ", "\t", "plain text of more than eight bytes", "  indented text here  ",
      "tab\tinside a long enough line", "a\u{7F}bcdefghijklmnop", "abcdefgh\u{0C}ijklmnop",
      "\u{FEFF}title of the plan", "abcdefg\u{A0}hijklmnop", "abcdefgh\u{AD}ijklmnop",
      "abcdefghijklmno\u{200B}", "abcdefghijklmnop\u{2003}", "ĳsbaan en €12,50 per m²",
      "’s-Hertogenbosch ‘plan’ — 2024", "\u{3000}\u{1680}text\u{205F}more\u{2028}",
      "text\u{0301}\u{180E}\u{2060}end", "trailing\t \t", "\u{85}next line control",
    ])
  func tricky(_ line: String) {
    Self.expectSame(line)
  }

  /// Lines of words, spaces, controls, odd spaces, invisible characters and
  /// letters beyond ASCII (none that may start mojibake).
  @Test("generated lines read as before")
  func generated() {
    let alphabet: [String] = [
      "participatie", "plan", " ", " ", "\t", "a", "Z", "~", "\u{7F}", "\u{01}", "\u{0C}",
      "\u{A0}", "\u{AD}", "\u{85}", "\u{200B}", "\u{2003}", "\u{FEFF}", "\u{3000}", "\u{202F}",
      "ĳ", "€", "’", "—", "\u{0301}", "\u{2009}", "\u{200D}", "1234567",
    ]
    for line in GeneratedTexts(alphabet, count: 10_000, lengthShift: 59, atLeastOne: false) {
      Self.expectSame(line)
    }
  }
}
