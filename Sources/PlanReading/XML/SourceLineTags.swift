import Foundation

/// The start tags on one source line: where each `<name` starts, and (once
/// asked for) the column of each in characters.
///
/// A tag is `<` and a name that ends in white space, `>`, `/` or the end of
/// the line, wherever it appears (as the locator has always matched it).
/// A line of a few tags is searched by comparing names; one of many (a
/// document on one line) gets a table of its tags by name on the first
/// search, so finding a tag stays linear in the length of the line.
final class SourceLineTags {
  private let range: Range<Int>
  /// For every tag in order, the byte offset of its `<` and where its name
  /// ends (the name starts after the `<`), one after the other.
  @exclusivity(unchecked) private var bounds: [Int] = []
  /// For a line of many tags: for each name, the indices of
  /// its tags, in order.
  @exclusivity(unchecked) private var byName: [[UInt8]: [Int]]?
  /// The first byte of the line that is not ASCII, once known; every byte
  /// before `asciiUpTo` is ASCII.
  private var firstNonASCII: Int?
  private var asciiUpTo: Int
  /// The 1-based column of each tag, counted once the first tag past
  /// `firstNonASCII` is asked for.
  @exclusivity(unchecked) private var columns: [Int]?
  /// Lines with more tags than this get a table by name.
  private static let searchedTags = 16

  /// Scans the line at `range` of `bytes` once for its tags.
  init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
    self.range = range
    asciiUpTo = range.lowerBound
    guard let base = bytes.baseAddress, !range.isEmpty else { return }
    bounds.reserveCapacity(8)
    var index = range.lowerBound
    while index < range.upperBound {
      guard let found = memchr(base + index, 0x3C, range.upperBound - index) else { break }  // <
      index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      var end = index + 1
      while end < range.upperBound, !Self.endsName(bytes[end]), bytes[end] != 0x3C {
        end += 1
      }
      if end == range.upperBound || Self.endsName(bytes[end]) {
        bounds.append(index)
        bounds.append(end)
      }
      index = end
    }
    WorkCounter.add(range.count)
  }

  private var tagCount: Int { bounds.count / 2 }

  /// White space, `>` and `/`: what may follow a name in a tag.
  private static func endsName(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x3E || byte == 0x2F
  }

  /// The tag that is the `ordinal`th (from 0) with this qualified name, as an
  /// index for ``column(ofTag:in:)``; `nil` if the line has fewer.
  func tag(named name: [UInt8], ordinal: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    if let table = table(in: bytes) {
      let tags = table[name] ?? []
      return ordinal < tags.count ? tags[ordinal] : nil
    }
    var seen = 0
    for tag in 0..<tagCount where hasName(tag, name, in: bytes) {
      if seen == ordinal { return tag }
      seen += 1
    }
    return nil
  }

  /// The last tag with this qualified name, if any.
  func lastTag(named name: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    if let table = table(in: bytes) {
      return table[name]?.last
    }
    return (0..<tagCount).last { hasName($0, name, in: bytes) }
  }

  private func hasName(_ tag: Int, _ name: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = bounds[2 * tag] + 1
    guard bounds[2 * tag + 1] - start == name.count else { return false }
    return name.withUnsafeBufferPointer { wanted in
      guard let wantedBase = wanted.baseAddress, let base = bytes.baseAddress else {
        return true  // both empty
      }
      return memcmp(base + start, wantedBase, name.count) == 0
    }
  }

  /// The table by name, made on the first search of a line of many tags.
  private func table(in bytes: UnsafeBufferPointer<UInt8>) -> [[UInt8]: [Int]]? {
    guard tagCount > Self.searchedTags else { return nil }
    if let byName { return byName }
    var table: [[UInt8]: [Int]] = [:]
    for tag in 0..<tagCount {
      table[Array(bytes[bounds[2 * tag] + 1..<bounds[2 * tag + 1]]), default: []].append(tag)
    }
    WorkCounter.add(tagCount)
    byName = table
    return table
  }

  /// The 1-based column, in characters, of a tag.
  func column(ofTag tag: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let offset = bounds[2 * tag]
    if offset <= firstNonASCII(before: offset, in: bytes) { return offset - range.lowerBound + 1 }
    let counted = columns ?? countColumns(in: bytes)
    columns = counted
    return counted[tag]
  }

  /// The first byte of the line that is not ASCII if it comes before
  /// `offset`, else a value no lower than `offset`: the line is read only as
  /// far as the tags asked for.
  private func firstNonASCII(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    if let firstNonASCII { return firstNonASCII }
    while asciiUpTo < offset {
      if bytes[asciiUpTo] >= 0x80 {
        firstNonASCII = asciiUpTo
        return asciiUpTo
      }
      asciiUpTo += 1
    }
    return offset
  }

  /// The column of every tag in one pass over the line's characters: the
  /// number of characters that start before the tag, plus one (what counting
  /// the characters of the text before it gives).
  private func countColumns(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    var columns: [Int] = []
    columns.reserveCapacity(tagCount)
    var characters = 0
    var index = line.startIndex
    while index < line.endIndex, columns.count < tagCount {
      let start = range.lowerBound + line.utf8.distance(from: line.startIndex, to: index)
      while columns.count < tagCount, bounds[2 * columns.count] <= start {
        columns.append(characters + 1)
      }
      characters += 1
      index = line.index(after: index)
    }
    while columns.count < tagCount { columns.append(characters + 1) }
    WorkCounter.add(range.count)
    return columns
  }
}
