extension String {
  /// The text without the given ASCII bytes, and `•` when `bullet` is set, at
  /// either end: what Foundation's `trimmingCharacters(in:)` gives for a set of
  /// those characters, found on UTF-8 bytes (an ASCII byte or the bytes of `•`
  /// are always a whole scalar).
  /// - Parameters:
  ///   - ascii: The ASCII characters to trim, as bytes.
  ///   - bullet: Whether `•` (U+2022) is trimmed too.
  func trimmingBytes(_ ascii: [UInt8], bullet: Bool = false) -> String {
    var text = self
    return text.withUTF8 { bytes in
      var start = 0
      var end = bytes.count
      while start < end {
        if ascii.contains(bytes[start]) {
          start += 1
        } else if bullet, end - start >= 3, Self.isBullet(bytes, at: start) {
          start += 3
        } else {
          break
        }
      }
      while end > start {
        if ascii.contains(bytes[end - 1]) {
          end -= 1
        } else if bullet, end - start >= 3, Self.isBullet(bytes, at: end - 3) {
          end -= 3
        } else {
          break
        }
      }
      if start == 0, end == bytes.count { return self }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
  }

  /// Whether the bytes at `index` are `•` (`E2 80 A2`).
  private static func isBullet(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA2
  }
}
