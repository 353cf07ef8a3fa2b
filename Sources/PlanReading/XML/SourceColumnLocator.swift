import Foundation

/// Finds the column where an element starts.
///
/// It looks for `<prefix:name` in the source line libxml2 reports. libxml2
/// knows lines only, and reports the line where the start tag *ends*; when the
/// tag spans several lines the locator walks back to the line where it begins.
///
/// Linear in the length of a line however many elements it holds: a line is
/// scanned once, the first time an element on it is asked for, for its start
/// tags (``SourceLineTags``); a column is counted in
/// characters only where the line is not ASCII before the tag, and then for
/// all its tags in one pass. A one-line document of N elements costs O(N).
struct SourceColumnLocator {
  /// The source as UTF-8 from `start` on: the file's own bytes where the file
  /// is UTF-8 (no copy), else the text decoded from them; `nil` without text.
  private let source: Data?
  private let start: Int
  private let lineStarts: [Int]
  private let cache = SourceLineTagCache()
  private static let maxLookBack = 40

  /// Creates a locator over decoded text; without text every column is 1.
  init(text: String?) {
    self.init(utf8: text.map { Data($0.utf8) }, start: 0)
  }

  /// Creates a locator over an XML file's bytes: the bytes themselves where
  /// the file is UTF-8, else the text decoded from them.
  ///
  /// The columns are those of the decoded text either way (a byte order mark
  /// is not counted); bytes that do not fit the encoding leave every column
  /// at 1.
  init(xml data: Data, encoding: XMLSourceEncoding) {
    guard encoding == .utf8 || encoding == .utf8BOM else {
      self.init(text: encoding.decode(data))
      return
    }
    var start = encoding == .utf8BOM ? 3 : 0
    let isValid = data.withUnsafeBytes { raw in
      let bytes = raw.assumingMemoryBound(to: UInt8.self)
      // Decoding drops one byte order mark at the start of the text.
      if bytes.count >= start + 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB,
        bytes[start + 2] == 0xBF
      {
        start += 3
      }
      return UTF8Validation.isValid(
        UnsafeBufferPointer(rebasing: bytes[min(start, bytes.count)...]))
    }
    self.init(utf8: isValid ? data : nil, start: start)
  }

  private init(utf8 source: Data?, start: Int) {
    self.source = source
    self.start = start
    var starts = [0]
    var count = 0
    source?.withUnsafeBytes { raw in
      let bytes = UnsafeBufferPointer(rebasing: raw.assumingMemoryBound(to: UInt8.self)[start...])
      count = bytes.count
      guard let base = bytes.baseAddress else { return }
      guard memchr(base, 0x0D, bytes.count) != nil else {
        // Line feeds only (almost every file): memchr finds each.
        var index = 0
        while let found = memchr(base + index, 0x0A, bytes.count - index) {
          index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
          starts.append(index)
        }
        return
      }
      var index = 0
      while index < bytes.count {
        if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
          index += 1  // CR LF is one line break
        }
        if bytes[index] == 0x0A || bytes[index] == 0x0D {
          starts.append(index + 1)
        }
        index += 1
      }
    }
    lineStarts = source == nil ? [] : starts
    WorkCounter.add(count)
  }

  /// The 1-based line and column of the element's `<`.
  func position(of element: XMLElementNode) -> (line: Int, column: Int) {
    let line = element.line
    guard let source, line >= 1, line <= lineStarts.count else { return (max(line, 1), 1) }
    return source.withUnsafeBytes { raw in
      let bytes = UnsafeBufferPointer(rebasing: raw.assumingMemoryBound(to: UInt8.self)[start...])
      let name = Array(element.qualifiedName.utf8)
      let here = tags(onLine: line, in: bytes)
      if let tag = here.tag(named: name, ordinal: element.ordinalOnLine, in: bytes) {
        return (line, here.column(ofTag: tag, in: bytes))
      }
      for back in stride(from: line - 1, through: max(1, line - Self.maxLookBack), by: -1) {
        let earlier = tags(onLine: back, in: bytes)
        if let last = earlier.lastTag(named: name, in: bytes) {
          return (back, earlier.column(ofTag: last, in: bytes))
        }
      }
      return (line, 1)
    }
  }

  private func tags(onLine line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLineTags {
    cache.tags(onLine: line) {
      let end = line < lineStarts.count ? lineStarts[line] : bytes.count
      return SourceLineTags(bytes: bytes, range: lineStarts[line - 1]..<end)
    }
  }
}

/// The lines scanned lately, in 256 slots by line number: a line keeps its
/// slot until a later line with the same number modulo 256 takes it, so the
/// line the locator is on and the 40 it looks back over stay, and a long
/// pretty-printed document does not keep a table for every line.
private final class SourceLineTagCache {
  private static let capacity = 256
  @exclusivity(unchecked) private var slots = [(line: Int, tags: SourceLineTags)?](
    repeating: nil, count: capacity)

  func tags(onLine line: Int, scan: () -> SourceLineTags) -> SourceLineTags {
    let slot = line % Self.capacity
    if let cached = slots[slot], cached.line == line { return cached.tags }
    let tags = scan()
    slots[slot] = (line, tags)
    return tags
  }
}
