import Testing

@testable import PlanReading

/// `collapsingXMLWhiteSpace()` on the UTF-8 bytes gives what the original
/// version over Unicode scalars gave (kept here as the reference): every
/// white-space character outside ASCII, the characters that share their first
/// bytes, and runs of ASCII around the eight-byte steps.
@Suite struct XMLWhiteSpaceTests {
  /// The original: one pass over the scalars, white space by Unicode's property.
  static func reference(_ text: String) -> String {
    var output: [UInt8] = []
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      let isWhiteSpace: Bool
      switch scalar.value {
      case 0x20, 0x09...0x0D: isWhiteSpace = true
      case 0..<0x80: isWhiteSpace = false
      default: isWhiteSpace = scalar.properties.isWhitespace
      }
      if isWhiteSpace {
        pendingSpace = !output.isEmpty
        continue
      }
      if pendingSpace {
        output.append(0x20)
        pendingSpace = false
      }
      UTF8.encode(scalar) { output.append($0) }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Every White_Space character, and neighbours with the same first byte.
  static let pieces: [String] = [
    " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\r\n", "\u{85}", "\u{A0}", "\u{1680}",
    "\u{2000}", "\u{2005}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}",
    "\u{3000}", "\u{A1}", "\u{C0}", "\u{1681}", "\u{167F}", "\u{200B}", "\u{2010}",
    "\u{205E}", "\u{2060}", "\u{3001}", "\u{E000}", "é", "ß", "\u{301}", "😀", "𝄞", "!", "~",
    "\u{1F}", "\u{7F}", "a", "Z", "0", "abcdefg", "abcdefgh", "abcdefghi",
    "zeventien tekens!", "<&>",
  ]

  @Test func eachPieceAloneAndBetweenWords() {
    for piece in Self.pieces {
      let texts = [piece, "a\(piece)b", " \(piece) ", "woorden\(piece)\(piece)achter", "\(piece)x"]
      for text in texts {
        #expect(text.collapsingXMLWhiteSpace() == Self.reference(text), "\(Array(text.utf8))")
      }
    }
  }

  /// Strings of up to 40 pieces, the same every run (a fixed linear
  /// congruential sequence picks them).
  @Test func generatedMixtures() {
    var state: UInt64 = 12_345
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    for _ in 0..<2_000 {
      let text = (0..<next(41)).map { _ in Self.pieces[next(Self.pieces.count)] }.joined()
      #expect(text.collapsingXMLWhiteSpace() == Self.reference(text), "\(Array(text.utf8))")
    }
  }

  @Test func emptyAndOnlyWhiteSpace() {
    #expect("".collapsingXMLWhiteSpace() == "")
    #expect(" \u{A0}\n\u{3000} ".collapsingXMLWhiteSpace() == "")
  }
}
