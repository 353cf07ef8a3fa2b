import Foundation

/// Text decoded from a file's bytes, with how it was decoded.
struct DecodedText {
  /// The text, without a byte order mark.
  var text: String
  /// How the bytes were decoded.
  var encoding: TextEncoding
  /// A note for the user when the reader fell back to Windows-1252.
  var note: ReadingNote?
}

/// Turns the bytes of a plain-text plan into a string.
///
/// UTF-8 is read with or without a byte order mark, UTF-16 only with one.
/// Bytes that are not valid UTF-8 are read as Windows-1252, the code page Word
/// uses for "plain text" exports on Dutch systems, and a note says so.
enum TextDecoder {
  private static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
  private static let utf16LEBOM: [UInt8] = [0xFF, 0xFE]
  private static let utf16BEBOM: [UInt8] = [0xFE, 0xFF]

  /// Decodes a file's bytes.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The path to name in errors and notes.
  /// - Returns: The text and the encoding that was used.
  /// - Throws: ``PlanReadingError/undecodable(path:reason:)`` for UTF-16 with
  ///   an odd number of bytes or an unpaired surrogate.
  static func decode(_ data: Data, path: String) throws(PlanReadingError) -> DecodedText {
    let head = [UInt8](data.prefix(3))
    if head.starts(with: utf16LEBOM) || head.starts(with: utf16BEBOM) {
      let littleEndian = head.starts(with: utf16LEBOM)
      let text = try decodeUTF16(
        [UInt8](data.dropFirst(2))[...], littleEndian: littleEndian, path: path)
      return DecodedText(text: text, encoding: littleEndian ? .utf16LE : .utf16BE)
    }
    let hasBOM = head.starts(with: utf8BOM)
    // Validated in place: the file's bytes are not copied for UTF-8, the rule.
    let valid = data.withUnsafeBytes { raw in
      let bytes = raw.assumingMemoryBound(to: UInt8.self)
      return String(
        validating: UnsafeBufferPointer(rebasing: bytes[(hasBOM ? 3 : 0)...]), as: UTF8.self)
    }
    if let text = valid {
      return DecodedText(text: text, encoding: hasBOM ? .utf8BOM : .utf8)
    }
    let body = [UInt8](data.dropFirst(hasBOM ? 3 : 0))[...]
    let note = ReadingNote(
      code: .encodingFallback, message: fallbackMessage(for: body))
    return DecodedText(text: Windows1252.decode(body), encoding: .windows1252, note: note)
  }

  // MARK: - UTF-16

  /// Decodes the bytes after a UTF-16 byte order mark.
  private static func decodeUTF16(
    _ bytes: ArraySlice<UInt8>, littleEndian: Bool, path: String
  ) throws(PlanReadingError) -> String {
    guard bytes.count % 2 == 0 else {
      throw .undecodable(
        path: path,
        reason: "it starts with a UTF-16 byte order mark but its \(bytes.count + 2) bytes "
          + "are an odd number, so the last character is cut off")
    }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(littleEndian ? second << 8 | first : first << 8 | second)
      index += 2
    }
    if let bad = firstUnpairedSurrogate(in: units) {
      throw .undecodable(
        path: path,
        reason: "it starts with a UTF-16 byte order mark but holds an unpaired surrogate "
          + "(0x\(String(units[bad], radix: 16, uppercase: true))) at byte \(2 * bad + 2)")
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// The index of the first surrogate code unit without its partner, if any.
  private static func firstUnpairedSurrogate(in units: [UInt16]) -> Int? {
    var index = 0
    while index < units.count {
      let unit = units[index]
      if UTF16.isLeadSurrogate(unit) {
        guard index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) else {
          return index
        }
        index += 2
      } else if UTF16.isTrailSurrogate(unit) {
        return index
      } else {
        index += 1
      }
    }
    return nil
  }

  // MARK: - Windows-1252 fallback

  /// The note for a fallback, naming where the first byte that is not UTF-8 stands.
  private static func fallbackMessage(for body: ArraySlice<UInt8>) -> String {
    let position: String
    if let offset = firstInvalidUTF8Offset(in: body) {
      let lineStart = body[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
      let line = body[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      let column = String(decoding: body[lineStart..<offset], as: UTF8.self).count + 1
      let hex = String(body[offset], radix: 16, uppercase: true)
      position = " (byte 0x\(hex) at line \(line), column \(column))"
    } else {
      position = ""
    }
    return "The file is not valid UTF-8\(position); it was read as Windows-1252. "
      + "Save the plan as UTF-8 if characters such as é, € or ’ look wrong."
  }

  /// The offset of the first byte that does not start a valid UTF-8 sequence.
  private static func firstInvalidUTF8Offset(in bytes: ArraySlice<UInt8>) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = bytes.startIndex
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .error: return offset
      case .emptyInput: return nil
      }
    }
  }
}
