import Testing

@testable import PlanReading

/// ``MojibakeRepair`` reads and writes a line's UTF-8 bytes; these tests pin
/// it to the scalar-by-scalar repair it replaced (``ScalarRepair``, kept here
/// as the reference) on tricky lines and on many generated ones.
@Suite("Mojibake repair on bytes: the same lines as by scalars")
struct MojibakeRepairTests {
  /// The repair as it was before, on a `String.UnicodeScalarView`.
  private enum ScalarRepair {
    static func repair(_ scalars: Substring.UnicodeScalarView) -> String? {
      let input = Array(scalars)
      var output = String.UnicodeScalarView()
      var changed = false
      var index = 0
      while index < input.count {
        let scalar = input[index]
        let length = sequenceLength(forLead: scalar.value)
        if length > 1, index + length <= input.count,
          let repaired = decode(input[index..<index + length])
        {
          output.append(repaired)
          index += length
          changed = true
        } else if scalar == "\u{C2}" {
          output.append(" ")
          index += 1
          changed = true
        } else {
          output.append(scalar)
          index += 1
        }
      }
      return changed ? String(output) : nil
    }

    private static func sequenceLength(forLead value: UInt32) -> Int {
      switch value {
      case 0xC2...0xDF: return 2
      case 0xE0...0xEF: return 3
      case 0xF0...0xF4: return 4
      default: return 0
      }
    }

    private static func decode(_ scalars: ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
      var bytes: [UInt8] = []
      for (offset, scalar) in scalars.enumerated() {
        if offset == 0 {
          bytes.append(UInt8(scalar.value))
        } else {
          guard let byte = Windows1252.byte(for: scalar), (0x80...0xBF).contains(byte) else {
            return nil
          }
          bytes.append(byte)
        }
      }
      guard let text = String(validating: bytes, as: UTF8.self),
        let decoded = text.unicodeScalars.first
      else { return nil }
      switch decoded.value {
      case 0x80...0x24F, 0x2000...0x20CF, 0x2100...0x215F, 0x2190...0x22FF, 0x25A0...0x25FF,
        0xFB00...0xFB06, 0xFEFF:
        return decoded
      default:
        return nil
      }
    }
  }

  @Test(
    "tricky lines repair as before",
    arguments: [
      "EÃ©n van de Ã©Ã©n", "de â€œWoonvisieâ€\u{9D} van geÃ¯nformeerd", "cafÃ©", "café",
      "Ã", "Ã©Ã", "â€", "â€™", "Â", "Â Â", "prijs:Â 25", "Ã\u{80}", "Ã\u{A0}x", "ï»¿tekst",
      "Ã¨Ã©Ãª Ã« Ã¯ Ã¶ Ã¼", "â€“ â€” â€¦ â€˜", "ðŸ‘\u{8D}", "ð\u{9F}\u{98}\u{80}", "ðŸ˜€",
      "Ã©🙂Ã©", "e\u{0301}Ã©", "ÄŸ Å“ Å’ Ë†", "Ã\u{2019}", "íœ", "ï¬\u{81}nanciÃ«n", "",
      "Ã©\u{FFFD}Ã", "\u{C3}\u{A9}\u{E9}",
    ])
  func tricky(_ line: String) {
    #expect(MojibakeRepair.repair(line[...]) == ScalarRepair.repair(line[...].unicodeScalars))
  }

  /// Lines built from the scalars mojibake is made of (leads, Windows-1252
  /// extras, C1 controls, Latin-1 letters) with plain letters and emoji.
  @Test("generated lines repair as before")
  func generated() {
    let alphabet: [Unicode.Scalar] =
      [
        "a", "é", " ", "Â", "Ã", "Ä", "Å", "Ë", "â", "ã", "ï", "ð", "ô", "õ", "ÿ", "€", "™",
        "œ", "Ÿ", "\u{81}", "\u{8D}", "\u{9D}", "\u{A0}", "\u{A9}", "\u{BF}", "\u{C0}", "¬",
        "»", "¿", "ž", "‘", "’", "“", "”", "•", "–", "—", "˜", "š", "🙂", "\u{0301}",
      ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<3000 {
      var line = String.UnicodeScalarView()
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<Int(state >> 60) + 1 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        line.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      let text = String(line)
      #expect(MojibakeRepair.repair(text[...]) == ScalarRepair.repair(text[...].unicodeScalars))
    }
  }
}
