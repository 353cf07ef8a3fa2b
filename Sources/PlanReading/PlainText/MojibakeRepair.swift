/// Repairs "mojibake": UTF-8 text that was once decoded as Latin-1 or
/// Windows-1252 and saved again, so `é` reads `Ã©` and `’` reads `â€™` (or `â`
/// followed by two invisible C1 controls). Many converted plans carry it.
///
/// A run is repaired only when its scalars, read back as bytes, form exactly
/// one valid UTF-8 sequence whose character is a plausible one for a plan
/// (Latin letters, punctuation, currency, arrows, maths, a byte order mark),
/// so ordinary accented text such as `café` or `één` is never touched. A lone
/// `Â` (U+00C2), what is left of a no-break space whose second byte became a
/// plain space, becomes a space; Dutch and English text never has it.
enum MojibakeRepair {
  /// `Â`, the lead of a mojibake no-break space, and never a Dutch letter.
  private static let loneLead: Unicode.Scalar = "\u{C2}"

  /// The repaired scalars, or `nil` when nothing was repaired.
  static func repair(_ scalars: Substring.UnicodeScalarView) -> String.UnicodeScalarView? {
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
      } else if scalar == loneLead {
        output.append(" ")
        index += 1
        changed = true
      } else {
        output.append(scalar)
        index += 1
      }
    }
    return changed ? output : nil
  }

  // MARK: - Helpers

  /// How many bytes a UTF-8 sequence led by this byte value has; 0 when it
  /// cannot lead one.
  private static func sequenceLength(forLead value: UInt32) -> Int {
    switch value {
    case 0xC2...0xDF: return 2
    case 0xE0...0xEF: return 3
    case 0xF0...0xF4: return 4
    default: return 0
    }
  }

  /// Whether the scalar, read back as a byte, is a UTF-8 continuation byte.
  private static func isContinuation(_ scalar: Unicode.Scalar) -> Bool {
    guard let byte = Windows1252.byte(for: scalar) else { return false }
    return (0x80...0xBF).contains(byte)
  }

  /// The one plausible character the scalars spell as UTF-8 bytes, if any.
  private static func decode(_ scalars: ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
    var bytes: [UInt8] = []
    for (offset, scalar) in scalars.enumerated() {
      if offset == 0 {
        bytes.append(UInt8(scalar.value))
      } else {
        guard isContinuation(scalar), let byte = Windows1252.byte(for: scalar) else {
          return nil
        }
        bytes.append(byte)
      }
    }
    guard let text = String(validating: bytes, as: UTF8.self),
      let decoded = text.unicodeScalars.first, isPlausible(decoded)
    else { return nil }
    return decoded
  }

  /// Whether a repaired character is one a Dutch or English plan would hold.
  private static func isPlausible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x80...0x24F,  // C1 controls (cleaned as spaces), Latin-1, Latin Extended
      0x2000...0x20CF,  // general punctuation, super- and subscripts, currency
      0x2100...0x215F,  // letter-like symbols such as ™ and №
      0x2190...0x22FF,  // arrows and mathematical operators such as ≤ and ≥
      0x25A0...0x25FF,  // geometric shapes used as bullets
      0xFB00...0xFB06,  // ligatures such as ﬁ
      0xFEFF:  // a byte order mark, removed later
      return true
    default:
      return false
    }
  }
}
