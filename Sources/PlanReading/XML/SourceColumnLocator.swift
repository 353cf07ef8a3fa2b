/// Finds the column where an element starts.
///
/// It looks for `<prefix:name` in the source line libxml2 reports. libxml2
/// knows lines only, and reports the line where the start tag *ends*; when the
/// tag spans several lines the locator walks back to the line where it begins.
///
/// Linear in the length of a line however many elements it holds: a line is
/// scanned once, the first time an element on it is asked for, into a table
/// of its start tags by name (``SourceLineTags``); a column is counted in
/// characters only where the line is not ASCII before the tag, and then for
/// all its tags in one pass. A one-line document of N elements costs O(N).
struct SourceColumnLocator {
  private let bytes: [UInt8]
  private let lineStarts: [Int]
  private let cache = SourceLineTagCache()
  private static let maxLookBack = 40

  /// Creates a locator over the decoded source; without text every column is 1.
  init(text: String?) {
    bytes = text.map { Array($0.utf8) } ?? []
    var starts = [0]
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
    lineStarts = text == nil ? [] : starts
    WorkCounter.add(bytes.count)
  }

  /// The 1-based line and column of the element's `<`.
  func position(of element: XMLElementNode) -> (line: Int, column: Int) {
    let line = element.line
    guard line >= 1, line <= lineStarts.count else { return (max(line, 1), 1) }
    let name = Array(element.qualifiedName.utf8)
    let here = tags(onLine: line)
    let ordinals = here.tags(named: name)
    if element.ordinalOnLine < ordinals.count {
      return (line, here.column(ofTag: ordinals[element.ordinalOnLine], in: bytes))
    }
    for back in stride(from: line - 1, through: max(1, line - Self.maxLookBack), by: -1) {
      let earlier = tags(onLine: back)
      if let last = earlier.tags(named: name).last {
        return (back, earlier.column(ofTag: last, in: bytes))
      }
    }
    return (line, 1)
  }

  private func tags(onLine line: Int) -> SourceLineTags {
    cache.tags(onLine: line) {
      let end = line < lineStarts.count ? lineStarts[line] : bytes.count
      return SourceLineTags(bytes: bytes, range: lineStarts[line - 1]..<end)
    }
  }
}

/// The lines scanned so far, most recent first; a few hundred at most, so a
/// long pretty-printed document does not keep a table for every line.
private final class SourceLineTagCache {
  private var lines: [Int: SourceLineTags] = [:]
  private static let capacity = 256

  func tags(onLine line: Int, scan: () -> SourceLineTags) -> SourceLineTags {
    if let found = lines[line] { return found }
    if lines.count >= Self.capacity { lines.removeAll(keepingCapacity: true) }
    let tags = scan()
    lines[line] = tags
    return tags
  }
}
