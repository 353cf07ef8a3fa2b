/// The headings a reader is currently under, outermost first.
///
/// Each heading has a rank: the depth of the section it belongs to, then its
/// subrank within that section (see ``XMLElementRole/heading(subrank:)``). A
/// new heading replaces every heading of equal or lower rank; its level is
/// the number of headings left above it plus one, so levels stay contiguous
/// even where a schema nests untitled sections (`Divisie` in `Divisie`).
struct XMLHeadingStack {
  private struct Entry {
    var title: String
    var section: Int
    var subrank: Int
  }

  private var entries: [Entry] = []

  /// The titles of the current headings, outermost first.
  var titles: [String] {
    entries.map(\.title)
  }

  /// Adds a heading.
  /// - Returns: The heading's level and the titles of the headings above it.
  mutating func push(_ title: String, section: Int, subrank: Int) -> (level: Int, path: [String]) {
    entries.removeAll { ($0.section, $0.subrank) >= (section, subrank) }
    let path = titles
    entries.append(Entry(title: title, section: section, subrank: subrank))
    return (entries.count, path)
  }

  /// Forgets the headings of a section that has ended and of the sections in it.
  mutating func leaveSection(depth: Int) {
    entries.removeAll { $0.section >= depth }
  }
}
