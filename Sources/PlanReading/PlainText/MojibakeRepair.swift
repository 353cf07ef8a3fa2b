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

  /// The repaired line, or `nil` when nothing was repaired. The line is
  /// read and written as UTF-8 bytes; only a run that may be mojibake is
  /// looked at as scalars.
  static func repair(_ line: Substring) -> String? {
    let input = line.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(line.utf8)
    var output: [UInt8] = []
    // The bytes before `copied` are in `output`; the rest up to `index` are
    // copied as they are when a repair comes or at the end.
    var copied = 0
    var index = 0
    while index < input.count {
      // Every lead of a mojibake run, and `Â`, is `Ã` to `ô` (`C3 82`–`C3 B4`):
      // any other byte is copied as it is.
      guard input[index] == 0xC3 else {
        index += 1
        continue
      }
      let (scalar, width) = scalar(in: input, at: index)
      let length = sequenceLength(forLead: scalar.value)
      if length > 1,
        let (repaired, end) = repairedRun(input, lead: scalar, at: index + width, length: length)
      {
        if output.isEmpty { output.reserveCapacity(input.count) }
        output.append(contentsOf: input[copied..<index])
        Unicode.UTF8.encode(repaired) { output.append($0) }
        index = end
        copied = index
      } else if scalar == loneLead {
        if output.isEmpty { output.reserveCapacity(input.count) }
        output.append(contentsOf: input[copied..<index])
        output.append(0x20)
        index += width
        copied = index
      } else {
        index += width
      }
    }
    guard copied > 0 else { return nil }
    output.append(contentsOf: input[copied...])
    return String(decoding: output, as: UTF8.self)
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

  /// The scalar that starts at byte `index` of valid UTF-8, and its length in bytes.
  private static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<min(length, bytes.count - index) {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The character a run of `length` scalars spells, the first `lead` and the
  /// others from byte `start` on, and the byte just past the run; `nil` when
  /// the scalars are too few or spell no plausible character.
  private static func repairedRun(
    _ bytes: [UInt8], lead: Unicode.Scalar, at start: Int, length: Int
  ) -> (Unicode.Scalar, Int)? {
    var scalars = [lead]
    var index = start
    while scalars.count < length {
      guard index < bytes.count else { return nil }
      let (scalar, width) = scalar(in: bytes, at: index)
      scalars.append(scalar)
      index += width
    }
    guard let repaired = decode(scalars[...]) else { return nil }
    return (repaired, index)
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
