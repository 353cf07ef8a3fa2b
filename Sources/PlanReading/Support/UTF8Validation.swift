/// Whether bytes are valid UTF-8, by the same rules as `String(validating:as:)`
/// (no overlong forms, no surrogates, nothing past U+10FFFF), without making
/// a string of them: the XML reader counts columns in the file's own bytes
/// where they are UTF-8, instead of in a decoded copy.
enum UTF8Validation {
  /// Whether `bytes` are valid UTF-8 throughout.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      if index + 8 <= count, ByteChunk(base, at: index).isASCII {
        index += 8
        continue
      }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, high) = (3, 0x9F)
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, high) = (4, 0x8F)
      default: return false
      }
      guard index + length <= count else { return false }
      let second = base[index + 1]
      guard second >= low, second <= high else { return false }
      for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 {
        return false
      }
      index += length
    }
    return true
  }
}
