extension String {
  /// The text with every run of white space (spaces, tabs, line breaks,
  /// no-break spaces) turned into one space, and no space at either end.
  ///
  /// One pass over the UTF-8 bytes: runs of ASCII are tested and copied eight
  /// bytes at a time where they can be, and only a character whose first
  /// byte can start a white-space character outside ASCII is decoded and
  /// asked for its Unicode property.
  func collapsingXMLWhiteSpace() -> String {
    var text = self
    return text.withUTF8 { Self.collapsingWhiteSpace(in: $0) }
  }

  /// The collapsed text of valid UTF-8 bytes. The result is never longer than
  /// the bytes: each space it writes stands for at least one white-space byte.
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
          // A run of ASCII that is not white space, copied as it is scanned.
          if pendingSpace {
            output[count] = 0x20
            count += 1
            pendingSpace = false
          }
          while index + 8 <= end {
            // Eight bytes at a time while all are ASCII above the space:
            // no high bit, and each byte plus 0x5F reaches 0x80.
            let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
            let highBits: UInt64 = 0x8080_8080_8080_8080
            guard word & highBits == 0, (word &+ 0x5F5F_5F5F_5F5F_5F5F) & highBits == highBits
            else { break }
            UnsafeMutableRawPointer(output + count).storeBytes(of: word, as: UInt64.self)
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

  /// Whether the character of `width` bytes at `character` (not ASCII) is white
  /// space. Every such character starts with 0xC2 (U+0085, U+00A0), 0xE1
  /// (U+1680), 0xE2 (U+2000…U+205F) or 0xE3 (U+3000); only those are decoded.
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
