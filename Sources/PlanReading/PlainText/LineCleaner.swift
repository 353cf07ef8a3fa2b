/// Cleans one line of decoded text before it is classified.
///
/// Text converted from PDF or Word carries characters that are not text:
/// form feeds and other controls, no-break and other odd spaces, soft hyphens,
/// zero-width characters. Controls and spaces become plain spaces, invisible
/// characters are removed, and mojibake (`Ã©` for `é`) is repaired.
///
/// The work is done on UTF-8 bytes: every character concerned has a short,
/// fixed encoding, and lines that hold none are only trimmed. Printable ASCII
/// is passed over eight bytes at a time (``ByteChunk``).
enum LineCleaner {
  /// A cleaned line: its text without surrounding white space, and how many
  /// characters of white space (or invisible characters) stood before it.
  struct Cleaned {
    /// The text, trimmed.
    var text: Substring
    /// The number of characters before the text.
    var leading: Int
  }

  /// What a byte sequence at some position is.
  private enum Token {
    /// White space, `length` bytes long.
    case space(length: Int)
    /// An invisible character, `length` bytes long.
    case invisible(length: Int)
    /// A byte of text.
    case text
  }

  /// Cleans a line (without its line break).
  static func clean(_ line: Substring) -> Cleaned {
    let quick = line.utf8.withContiguousStorageIfAvailable { bytes -> Cleaned? in
      mayHoldMojibake(bytes) ? nil : clean(line, bytes: bytes)
    }
    if let quick, let cleaned = quick { return cleaned }
    var source = line
    if let repaired = MojibakeRepair.repair(line) {
      source = Substring(repaired)
    }
    if let cleaned = source.utf8.withContiguousStorageIfAvailable({ clean(source, bytes: $0) }) {
      return cleaned
    }
    let copy = Array(source.utf8)
    return copy.withUnsafeBufferPointer { clean(source, bytes: $0) }
  }

  /// Cleans a line given its UTF-8 bytes. A line with nothing to clean
  /// between its first and last visible character is only trimmed.
  private static func clean(_ line: Substring, bytes: UnsafeBufferPointer<UInt8>) -> Cleaned {
    var leading = 0
    var start = 0
    scan: while start < bytes.count {
      switch token(in: bytes, at: start) {
      case .space(let length), .invisible(let length):
        leading += 1
        start += length
      case .text:
        break scan
      }
    }
    var end = bytes.count
    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    guard let base = bytes.baseAddress else { return Cleaned(text: line, leading: 0) }
    var index = start
    while index < end {
      if index + 8 <= end, ByteChunk(base, at: index).isPrintableASCII {
        index += 8
        continue
      }
      let byte = base[index]
      if byte >= 0x20, byte < 0x7F || byte > 0xC2, byte != 0xE1, byte != 0xE2, byte != 0xE3,
        byte != 0xEF
      {
        index += 1
        continue
      }
      guard case .text = token(in: bytes, at: index) else {
        return Cleaned(text: rebuilt(bytes[start..<end]), leading: leading)
      }
      index += 1
    }
    let utf8 = line.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: start)
    let to = utf8.index(utf8.startIndex, offsetBy: end)
    return Cleaned(text: line[from..<to], leading: leading)
  }

  /// The text of trimmed bytes with white space made plain, invisible
  /// characters removed and trailing white space dropped.
  private static func rebuilt(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> Substring {
    let bytes = UnsafeBufferPointer(rebasing: slice)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      switch token(in: bytes, at: index) {
      case .space(let length):
        output.append(0x20)
        index += length
      case .invisible(let length):
        index += length
      case .text:
        output.append(bytes[index])
        index += 1
      }
    }
    while output.last == 0x20 { output.removeLast() }
    return Substring(String(decoding: output, as: UTF8.self))
  }

  // MARK: - Bytes

  /// Sorts the character at a byte position: white space (including controls
  /// and odd spaces), invisible (soft hyphen, zero-width characters, byte order
  /// mark) or text.
  private static func token(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Token {
    let byte = bytes[index]
    if byte <= 0x20 || byte == 0x7F { return .space(length: 1) }
    if byte < 0x80 { return .text }
    let second = index + 1 < bytes.count ? bytes[index + 1] : 0
    let third = index + 2 < bytes.count ? bytes[index + 2] : 0
    switch (byte, second, third) {
    case (0xC2, 0x80...0xA0, _): return .space(length: 2)
    case (0xC2, 0xAD, _): return .invisible(length: 2)
    case (0xE1, 0x9A, 0x80), (0xE3, 0x80, 0x80): return .space(length: 3)
    case (0xE1, 0xA0, 0x8E): return .invisible(length: 3)
    case (0xE2, 0x80, 0x80...0x8A), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9),
      (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F):
      return .space(length: 3)
    case (0xE2, 0x80, 0x8B...0x8D), (0xE2, 0x81, 0xA0), (0xEF, 0xBB, 0xBF):
      return .invisible(length: 3)
    default:
      return .text
    }
  }

  /// Whether a line may hold mojibake: `Ã` to `ô` (UTF-8 `C3 83`–`C3 B4`)
  /// followed by a C1 control or a Windows-1252 extra (encoded from `C2`,
  /// `C5`, `C6`, `CB` or `E2`), or a lone `Â` (`C3 82`). The exact test is
  /// ``MojibakeRepair``'s.
  private static func mayHoldMojibake(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let count = bytes.count
    var index = 0
    while index + 1 < count {
      if index + 8 <= count, ByteChunk(base, at: index).isASCII {
        index += 8
        continue
      }
      if base[index] != 0xC3 {
        index += 1
        continue
      }
      let second = base[index + 1]
      if second == 0x82 { return true }
      if second >= 0x83, second <= 0xB4, index + 2 < count {
        let next = base[index + 2]
        if next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2 {
          return true
        }
      }
      index += 2
    }
    return false
  }
}
