extension String {
  /// The text with every run of white space (spaces, tabs, line breaks,
  /// no-break spaces) turned into one space, and no space at either end.
  ///
  /// One pass over the UTF-8 bytes: plain ASCII text (single spaces between
  /// words included) is tested and copied eight bytes at a time where it can
  /// be, other ASCII byte by byte, and only a character whose first byte can
  /// start a white-space character outside ASCII is decoded and asked for its
  /// Unicode property.
  func collapsingXMLWhiteSpace() -> String {
    var text = self
    return text.withUTF8 { Self.collapsingWhiteSpace(in: $0) }
  }

  /// The collapsed text of valid UTF-8 bytes.
  ///
  /// The result is never longer than the bytes: each space it writes stands
  /// for at least one white-space byte.
  private static func collapsingWhiteSpace(in bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return "" }
    let end = bytes.count
    return String(unsafeUninitializedCapacity: end) { buffer in
      guard let output = buffer.baseAddress else { return 0 }
      var count = 0
      var pendingSpace = false
      var index = 0
      while index < end {
        let byte = source[index]
        if byte > 0x20, byte < 0x80 {
          // Plain text eight bytes at a time where it can be, then the rest of
          // the run of ASCII that is not white space byte by byte.
          if pendingSpace {
            output[count] = 0x20
            count += 1
            pendingSpace = false
          }
          while index + 8 <= end, Self.isPlainText(source + index) {
            (output + count).initialize(from: source + index, count: 8)
            count += 8
            index += 8
          }
          while index < end, source[index] > 0x20, source[index] < 0x80 {
            output[count] = source[index]
            count += 1
            index += 1
          }
          continue
        }
        let width = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        let isSpace =
          byte < 0x80
          ? byte == 0x20 || (0x09...0x0D).contains(byte)
          : isWhiteSpace(source + index, width: width)
        if isSpace {
          pendingSpace = count > 0
        } else {
          if pendingSpace {
            output[count] = 0x20
            count += 1
            pendingSpace = false
          }
          (output + count).update(from: source + index, count: width)
          count += width
        }
        index += width
      }
      return count
    }
  }

  /// Whether the eight bytes at `bytes` stay as they are: ASCII from the
  /// space up, starting and ending with a byte that is not a space, and with
  /// no two spaces in a row (each space stands between two other characters,
  /// where collapsing writes one space).
  private static func isPlainText(_ bytes: UnsafePointer<UInt8>) -> Bool {
    let word = UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self))
    let highBits: UInt64 = 0x8080_8080_8080_8080
    // No byte has its high bit, and every byte plus 0x60 reaches 0x80.
    guard word & highBits == 0, (word &+ 0x6060_6060_6060_6060) & highBits == highBits else {
      return false
    }
    // The high bit of each byte that is a space (0x20 turned into 0).
    let spaces = ~((word ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & highBits
    return spaces & (spaces << 8) == 0 && spaces & 0x8000_0000_0000_0080 == 0
  }

  /// Whether the non-ASCII character of `width` bytes at `character` is white space.
  ///
  /// Every such character starts with 0xC2 (U+0085, U+00A0), 0xE1 (U+1680),
  /// 0xE2 (U+2000…U+205F) or 0xE3 (U+3000); only those are decoded.
  private static func isWhiteSpace(_ character: UnsafePointer<UInt8>, width: Int) -> Bool {
    let lead = character[0]
    guard lead == 0xC2 || (0xE1...0xE3).contains(lead) else { return false }
    var value = UInt32(lead) & (width == 2 ? 0x1F : 0x0F)
    for offset in 1..<width {
      value = value << 6 | UInt32(character[offset] & 0x3F)
    }
    return Unicode.Scalar(value)?.properties.isWhitespace ?? false
  }
}
