/// The start tags on one source line: where each `<name` starts, by name,
/// and (once asked for) the column of each in characters.
///
/// A tag is `<` and a name that ends in white space, `>`, `/` or the end of
/// the line, wherever it appears (as the locator has always matched it).
final class SourceLineTags {
  private let range: Range<Int>
  /// The byte offset of every tag, in order.
  private var offsets: [Int] = []
  /// For each name, the indices into `offsets` of its tags, in order.
  private var byName: [[UInt8]: [Int]] = [:]
  /// The first byte of the line that is not ASCII.
  private var firstNonASCII: Int
  /// The 1-based column of each tag, counted once the first tag past
  /// `firstNonASCII` is asked for.
  private var columns: [Int]?

  /// Scans the line at `range` of `bytes` once for its tags.
  init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
    self.range = range
    firstNonASCII = range.upperBound
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if byte >= 0x80, firstNonASCII == range.upperBound { firstNonASCII = index }
      guard byte == 0x3C else {  // <
        index += 1
        continue
      }
      var end = index + 1
      while end < range.upperBound, !Self.endsName(bytes[end]), bytes[end] != 0x3C {
        if bytes[end] >= 0x80, firstNonASCII == range.upperBound { firstNonASCII = end }
        end += 1
      }
      if end == range.upperBound || Self.endsName(bytes[end]) {
        byName[Array(bytes[index + 1..<end]), default: []].append(offsets.count)
        offsets.append(index)
      }
      index = end
    }
    WorkCounter.add(range.count)
  }

  /// White space, `>` and `/`: what may follow a name in a tag.
  private static func endsName(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x3E || byte == 0x2F
  }

  /// The tags with this qualified name, as indices for ``column(ofTag:in:)``.
  func tags(named name: [UInt8]) -> [Int] {
    byName[name] ?? []
  }

  /// The 1-based column, in characters, of a tag.
  func column(ofTag tag: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let offset = offsets[tag]
    if offset <= firstNonASCII { return offset - range.lowerBound + 1 }
    let counted = columns ?? countColumns(in: bytes)
    columns = counted
    return counted[tag]
  }

  /// The column of every tag in one pass over the line's characters: the
  /// number of characters that start before the tag, plus one (what counting
  /// the characters of the text before it gives).
  private func countColumns(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    var columns: [Int] = []
    columns.reserveCapacity(offsets.count)
    var characters = 0
    var index = line.startIndex
    while index < line.endIndex, columns.count < offsets.count {
      let start = range.lowerBound + line.utf8.distance(from: line.startIndex, to: index)
      while columns.count < offsets.count, offsets[columns.count] <= start {
        columns.append(characters + 1)
      }
      characters += 1
      index = line.index(after: index)
    }
    while columns.count < offsets.count { columns.append(characters + 1) }
    WorkCounter.add(range.count)
    return columns
  }
}
