import TestSupport
import Testing

@testable import PlanReading

/// ``InlineMarkup`` copies plain text in runs that take in single spaces;
/// these tests pin it to the rendering it replaced, whose runs stopped at
/// every space (``WordRunMarkup``, kept here as the reference), on tricky and
/// generated texts.
@Suite("Inline markup: runs through single spaces as word by word")
struct InlineMarkupRunTests {
  /// The rendering as it was before: runs stop at any white space.
  private enum WordRunMarkup {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static func plainText(_ text: String) -> String {
      let bytes = Array(text.utf8)
      return bytes.withUnsafeBufferPointer { input in
        guard needsWork(input) else { return text }
        var output = InlineMarkup.Output()
        render(input, 0..<input.count, into: &output)
        return String(decoding: output.bytes, as: UTF8.self)
      }
    }

    static func needsWork(_ bytes: Bytes) -> Bool {
      guard !bytes.isEmpty else { return false }
      if bytes[0] == 0x20 || bytes[bytes.count - 1] == 0x20 { return true }
      var previous: UInt8 = 0
      for byte in bytes {
        if byte == 0x20 {
          if previous == 0x20 { return true }
        } else if isMarkupOrSpace(byte) {
          return true
        }
        previous = byte
      }
      return false
    }

    static func isMarkupOrSpace(_ byte: UInt8) -> Bool {
      if byte > 0x60 { return byte == 0x7E }
      return byte <= 0x21 || byte == 0x26 || byte == 0x2A || byte == 0x3C || byte == 0x5B
        || byte == 0x5C || byte == 0x5F || byte == 0x60
    }

    static func render(_ input: Bytes, _ range: Range<Int>, into output: inout InlineMarkup.Output)
    {
      var index = range.lowerBound
      let end = range.upperBound
      while index < end {
        let byte = input[index]
        switch byte {
        case UInt8(ascii: "\\"):
          if index + 1 < end, isEscapable(input[index + 1]) {
            output.append(input[index + 1])
            index += 2
          } else {
            output.append(byte)
            index += 1
          }
        case UInt8(ascii: "!") where index + 1 < end && input[index + 1] == UInt8(ascii: "["):
          if let link = InlineMarkup.Link.parse(input, at: index + 1, end: end) {
            index = link.end
          } else {
            output.append(byte)
            index += 1
          }
        case UInt8(ascii: "["):
          if let link = InlineMarkup.Link.parse(input, at: index, end: end) {
            render(input, link.text, into: &output)
            index = link.end
          } else {
            output.append(byte)
            index += 1
          }
        case UInt8(ascii: "<"):
          if let after = InlineMarkup.HTMLMarkup.end(in: input, at: index, end: end) {
            output.append(0x20)
            index = after
          } else {
            output.append(byte)
            index += 1
          }
        case UInt8(ascii: "&"):
          if let entity = InlineMarkup.HTMLMarkup.entity(in: input, at: index, end: end) {
            if let scalar = entity.scalar { output.append(scalar) }
            index = entity.end
          } else {
            output.append(byte)
            index += 1
          }
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "`"):
          index = delimiterRun(input, at: index, in: range, into: &output)
        case 0x00...0x20:
          output.append(byte)
          index += 1
        default:
          var runEnd = index + 1
          while runEnd < end, !isMarkupOrSpace(input[runEnd]) { runEnd += 1 }
          output.append(run: input[index..<runEnd])
          index = runEnd
        }
      }
    }

    static func delimiterRun(
      _ input: Bytes, at start: Int, in range: Range<Int>, into output: inout InlineMarkup.Output
    ) -> Int {
      let delimiter = input[start]
      var end = start
      while end < range.upperBound, input[end] == delimiter { end += 1 }
      let before = start > range.lowerBound ? input[start - 1] : 0x20
      let after = end < range.upperBound ? input[end] : 0x20
      let keep: Bool
      switch delimiter {
      case UInt8(ascii: "*"): keep = isSpace(before) && isSpace(after)
      case UInt8(ascii: "_"):
        keep = InlineMarkup.isWordByte(before) && InlineMarkup.isWordByte(after)
      case UInt8(ascii: "~"): keep = end - start == 1
      default: keep = false
      }
      if keep {
        for index in start..<end { output.append(input[index]) }
      }
      return end
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    static func isEscapable(_ byte: UInt8) -> Bool {
      switch byte {
      case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
      default: return false
      }
    }
  }

  private static func expectSame(_ text: String) {
    #expect(
      InlineMarkup.plainText(text) == WordRunMarkup.plainText(text),
      "\(Array(text.unicodeScalars))")
  }

  @Test(
    "tricky texts",
    arguments: [
      "", " ", "plain words only", "two  spaces", " lead", "trail ", "a *b* c", "5 * 3 = 15",
      "a **bold** word", "plan_2024 x", "x _em_ y", "~ 20 m", "~~struck~~ word", "a [link](url) b",
      "a ![img](src) b", "a <br> b", "a &amp; b", "a &nbsp; b", "x\ty z", "x \ty", "x\u{A0}y z",
      "één twee", "end !", "wow! [x]", "a \\* b", "a `code` b", "a b c d e f", "a b  c",
    ])
  func tricky(_ text: String) {
    Self.expectSame(text)
  }

  /// Texts built from words, single and double spaces, tabs, line breaks and
  /// pieces of markup next to them.
  @Test("generated texts render as before")
  func generated() {
    let alphabet: [String] = [
      "plan", "é", "a", " ", " ", "  ", "\t", "\n", "*", "**", "_", "~", "`", "[", "](", ")",
      "![", "<br>", "&amp;", "&#233;", "\\", "!", "x", "1",
    ]
    for text in GeneratedTexts(alphabet, count: 20_000, lengthShift: 59) {
      Self.expectSame(text)
    }
  }
}
