import Foundation

/// Decodes the bytes of a web page as a browser would: a byte order mark
/// first, then the charset a `<meta charset>` or `<meta http-equiv=
/// "Content-Type">` tag in the first 4 KB declares, else UTF-8 with
/// Windows-1252 as the fallback for bytes that are not UTF-8.
enum HTMLCharset {
  /// Decodes a page.
  /// - Parameters:
  ///   - data: The page's bytes.
  ///   - path: The path to name in errors and notes.
  /// - Returns: The text, how it was decoded, and a note when the reader fell
  ///   back or did not know the declared charset.
  /// - Throws: ``PlanReadingError/undecodable(path:reason:)`` for broken UTF-16.
  static func decode(_ data: Data, path: String) throws(PlanReadingError) -> DecodedText {
    let hasBOM =
      data.starts(with: [0xEF, 0xBB, 0xBF]) || data.starts(with: [0xFF, 0xFE])
      || data.starts(with: [0xFE, 0xFF])
    guard !hasBOM, let declared = declaredCharset(in: data.prefix(4096)) else {
      return try TextDecoder.decode(data, path: path)
    }
    switch declared {
    case "utf-8", "utf8", "unicode-1-1-utf-8":
      return try TextDecoder.decode(data, path: path)
    case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1",
      "iso-8859-15", "iso8859-15", "latin9", "us-ascii", "ascii":
      // Browsers read all of these as Windows-1252, a superset of Latin-1.
      return DecodedText(text: Windows1252.decode(data), encoding: .windows1252)
    default:
      var decoded = try TextDecoder.decode(data, path: path)
      decoded.note = ReadingNote(
        code: .encodingFallback,
        message: "The page declares the charset \"\(declared)\", which the reader does not "
          + "know; it was read as \(decoded.encoding == .windows1252 ? "Windows-1252" : "UTF-8"). "
          + "Save the page as UTF-8 if characters look wrong.")
      return decoded
    }
  }

  /// The charset a `<meta>` tag in the bytes declares, lower-cased.
  static func declaredCharset(in head: Data) -> String? {
    let text = String(decoding: head, as: UTF8.self).lowercased()
    var searchStart = text.startIndex
    while let meta = text.range(of: "<meta", range: searchStart..<text.endIndex) {
      let tagEnd = text[meta.upperBound...].firstIndex(of: ">") ?? text.endIndex
      let tag = text[meta.upperBound..<tagEnd]
      if let charset = tag.range(of: "charset") {
        let value = tag[charset.upperBound...].drop {
          $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'"
        }
        let name = value.prefix { $0.isLetter || $0.isNumber || "-_:.".contains($0) }
        if !name.isEmpty { return String(name) }
      }
      searchStart = tagEnd
    }
    return nil
  }
}
