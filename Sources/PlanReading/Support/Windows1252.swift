/// The Windows-1252 code page: Latin-1 with printable characters in place of
/// the C1 controls at 0x80–0x9F. Plans exported from Word are often saved in it.
enum Windows1252 {
  /// The scalars for bytes 0x80–0x9F. The five bytes the code page leaves
  /// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same
  /// value, as browsers do; the reader treats those as white space.
  private static let high: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// The bytes 0x80–0x9F keyed by the printable scalar Windows-1252 gives them.
  private static let highBytes: [UInt32: UInt8] = {
    var table: [UInt32: UInt8] = [:]
    for (offset, value) in high.enumerated() where value > 0xFF {
      table[value] = UInt8(0x80 + offset)
    }
    return table
  }()

  /// The scalar Windows-1252 assigns to a byte.
  static func scalar(for byte: UInt8) -> Unicode.Scalar {
    let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// Decodes bytes as Windows-1252; every byte sequence is valid.
  static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      scalars.append(scalar(for: byte))
    }
    return String(scalars)
  }

  /// The byte that Windows-1252 or Latin-1 decodes to `scalar`, or `nil` when
  /// neither has it. C1 controls (U+0080–U+009F) give their own value, as
  /// Latin-1 does; `€`, `’` and the other printable extras give their
  /// Windows-1252 byte.
  static func byte(for scalar: Unicode.Scalar) -> UInt8? {
    if scalar.value <= 0xFF { return UInt8(scalar.value) }
    return highBytes[scalar.value]
  }
}
