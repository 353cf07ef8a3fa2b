/// Byte-level helpers over UTF-8 text, shared by the tokenizer, the sentence
/// splitter and the specificity scanner.
///
/// The analysers walk raw UTF-8 bytes (never `Character`s) for speed; these
/// helpers decode one scalar when a byte is not ASCII and classify it.
enum UTF8Text {
  /// The scalar used for a malformed byte sequence.
  static let replacement: Unicode.Scalar = "\u{FFFD}"

  // MARK: - Access

  /// Calls `body` with the UTF-8 bytes of `text`, contiguous in memory.
  static func withBytes<R>(
    of text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) {
      return result
    }
    let copy = Array(text.utf8)
    return copy.withUnsafeBufferPointer(body)
  }

  // MARK: - Decoding

  /// Decodes the scalar that starts at byte `index`.
  /// - Returns: The scalar and the number of bytes it takes (at least 1).
  @inline(__always)
  static func scalar(
    in bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, index + length <= bytes.count else { return (replacement, 1) }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return (replacement, 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (Unicode.Scalar(value) ?? replacement, length)
  }

  /// The start of the scalar that ends just before byte `index`.
  @inline(__always)
  static func previousScalarStart(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
    var start = index - 1
    while start > 0, bytes[start] & 0xC0 == 0x80, index - start < 4 { start -= 1 }
    return start
  }

  // MARK: - Classification

  /// Whether `byte` is an ASCII letter or digit.
  @inline(__always)
  static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    isASCIIDigit(byte) || isASCIILetter(byte)
  }

  /// Whether `byte` is an ASCII letter.
  @inline(__always)
  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }

  /// Whether an ASCII `byte` is punctuation (Unicode `P*`): one of
  /// ``!"#%&'()*,-./:;?@[\]_{}``, not a symbol such as `$`, `+` or `|`.
  @inline(__always)
  static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B,
      0x7D:
      true
    default: false
    }
  }

  /// Whether `byte` is an ASCII digit.
  @inline(__always)
  static func isASCIIDigit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
  }

  /// Whether a non-ASCII scalar belongs inside a word: a letter, a decimal
  /// digit or a combining mark (decomposed accents stay with their letter).
  ///
  /// Never inlined: its look-up of the scalar's properties would make every
  /// caller set up room for them on each call, where most text is ASCII.
  @inline(never)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    if properties.isAlphabetic { return true }
    switch properties.generalCategory {
    case .decimalNumber, .nonspacingMark, .spacingMark: return true
    default: return false
    }
  }

  /// Whether the scalar at `index` is a letter (ASCII or not).
  static func isLetter(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index >= 0, index < bytes.count else { return false }
    let byte = bytes[index]
    if byte < 0x80 { return isASCIILetter(byte) }
    return scalar(in: bytes, at: index).scalar.properties.isAlphabetic
  }

  /// Whether every scalar of `text` is a `Character` of its own (but
  /// `\r\n`): ASCII, Latin letters and signs below U+0300, general
  /// punctuation (quotes, dashes, bullets), currency signs and U+FFFD. No
  /// combining mark, joiner, variation selector, emoji or Hangul, which join
  /// scalars into one character.
  static func scalarsAreCharacters(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < text.count {
      // Eight ASCII bytes at a time.
      if let base = text.baseAddress, index + 8 <= text.count,
        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
        continue
      }
      if text[index] < 0x80 {
        index += 1
        continue
      }
      let (scalar, length) = UTF8Text.scalar(in: text, at: index)
      switch scalar.value {
      case 0x80..<0x300, 0x2010...0x2027, 0x2030...0x205F, 0x20A0...0x20C0, 0xFFFD: break
      default: return false
      }
      index += length
    }
    return true
  }

  /// Whether `scalar` is white space, including no-break and thin spaces.
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// Whether `scalar` is a tab or a space separator (Unicode `Zs`): the
  /// characters `CharacterSet.whitespaces` holds, without line breaks.
  @inline(__always)
  static func isTabOrSpaceSeparator(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
  }

  /// The index of the first byte at or after `index` that does not start white space.
  static func skipSpace(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var position = index
    while position < bytes.count {
      let (scalar, length) = self.scalar(in: bytes, at: position)
      guard isSpace(scalar) else { break }
      position += length
    }
    return position
  }

  /// Whether the bytes from `index` on start with `literal`'s UTF-8 bytes.
  static func hasPrefix(
    _ literal: String, in bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> Bool {
    var position = index
    for byte in literal.utf8 {
      guard position < bytes.count, bytes[position] == byte else { return false }
      position += 1
    }
    return true
  }
}
