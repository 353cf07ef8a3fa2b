/// Lines that conversion from PDF or HTML leaves behind and that are not plan
/// text: page numbers (`12`, `- 12 -`, `Pagina 3 van 40`, `3/40`) and an XML
/// declaration that lost its angle brackets at the top of the file
/// (`xml version="1.0" encoding="UTF-8"?`).
///
/// Page numbers are read on UTF-8 bytes: every word that may make one is
/// ASCII, so a line with any other character than an en or em dash is none.
enum ConversionArtefact {
  /// Words that may stand before a page number, lower-case.
  private static let pageWords: [StaticString] = [
    "pagina", "page", "blz", "blz.", "pag", "pag.", "p.", "bladzijde",
  ]
  /// Words that may stand between a page number and the page count, lower-case.
  private static let countWords: [StaticString] = ["van", "of", "/"]
  /// The most bytes a page-number line may have.
  private static let maximumBytes = 24

  /// Whether a cleaned, trimmed line is conversion debris.
  /// - Parameters:
  ///   - text: The line.
  ///   - isFirstContent: Whether no line with content came before it.
  static func isArtefact(_ text: Substring, isFirstContent: Bool) -> Bool {
    if isFirstContent, text.hasPrefix("xml version") { return true }
    return isPageNumber(text)
  }

  /// Whether a line is nothing but a page number, with or without dashes,
  /// a word such as `Pagina` before it and the page count after it.
  static func isPageNumber(_ text: Substring) -> Bool {
    let utf8 = text.utf8
    guard utf8.count <= maximumBytes else { return false }
    if let result = utf8.withContiguousStorageIfAvailable(isPageNumber(bytes:)) { return result }
    return Array(utf8).withUnsafeBufferPointer(isPageNumber(bytes:))
  }

  // MARK: - Bytes

  /// The words after the page word, split at slashes: a page number, the
  /// page number and the count, or those with `van`, `of` or `/` between.
  private struct Parts {
    var count = 0
    var ranges: (Range<Int>, Range<Int>, Range<Int>) = (0..<0, 0..<0, 0..<0)

    /// Adds a part; `false` when there are more than three.
    mutating func add(_ range: Range<Int>) -> Bool {
      switch count {
      case 0: ranges.0 = range
      case 1: ranges.1 = range
      case 2: ranges.2 = range
      default: return false
      }
      count += 1
      return true
    }
  }

  /// ``isPageNumber(_:)`` on the line's UTF-8 bytes. Words are split at
  /// spaces, hyphens and en and em dashes; a word with a slash (other than a
  /// lone `/`) is split at its slashes, empty parts kept.
  private static func isPageNumber(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
    var parts = Parts()
    var isFirstWord = true
    var index = 0
    while index < bytes.count {
      var end = index
      var separator = 0
      while end < bytes.count {
        let byte = bytes[end]
        if byte == 0x20 || byte == 0x2D {
          separator = 1
          break
        }
        if byte >= 0x80 {
          guard isDash(bytes, at: end) else { return false }
          separator = 3
          break
        }
        end += 1
      }
      if end > index {
        let word = index..<end
        if !(isFirstWord && matches(bytes, word, pageWords)) {
          guard add(word, of: bytes, to: &parts) else { return false }
        }
        isFirstWord = false
      }
      index = end + separator
    }
    switch parts.count {
    case 1:
      return isPageDigits(bytes, parts.ranges.0)
    case 2:
      return isPageDigits(bytes, parts.ranges.0) && isPageDigits(bytes, parts.ranges.1)
    case 3:
      return isPageDigits(bytes, parts.ranges.0) && matches(bytes, parts.ranges.1, countWords)
        && isPageDigits(bytes, parts.ranges.2)
    default:
      return false
    }
  }

  /// Adds a word to the parts, split at its slashes unless it is a lone `/`.
  /// - Returns: `false` when that makes more than three parts.
  private static func add(
    _ word: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, to parts: inout Parts
  ) -> Bool {
    guard word.count > 1, bytes[word].contains(0x2F) else { return parts.add(word) }
    var start = word.lowerBound
    for index in word where bytes[index] == 0x2F {
      guard parts.add(start..<index) else { return false }
      start = index + 1
    }
    return parts.add(start..<word.upperBound)
  }

  /// Whether the bytes at `index` are an en dash (`E2 80 93`) or an em dash
  /// (`E2 80 94`).
  private static func isDash(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
      && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
  }

  /// Whether a word, with its ASCII capitals lowered, is one of `words`.
  private static func matches(
    _ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ words: [StaticString]
  ) -> Bool {
    words.contains { candidate in
      guard candidate.utf8CodeUnitCount == word.count else { return false }
      let start = candidate.utf8Start
      for offset in 0..<word.count {
        var byte = bytes[word.lowerBound + offset]
        if byte >= 0x41, byte <= 0x5A { byte += 0x20 }
        guard byte == start[offset] else { return false }
      }
      return true
    }
  }

  /// Whether a word is a page number: one to three ASCII digits.
  private static func isPageDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool
  {
    (1...3).contains(word.count) && bytes[word].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }
}
