/// The headings open at the current point of a document, outermost first.
///
/// A heading of level n closes every open heading of level n or deeper. Levels
/// come from the markup where there is any (`###` is 3, `===` 1, `---` 2).
/// Headings found by their look are placed under the Markdown headings around
/// them:
/// - A numbered heading takes its level from its number (`3.2` is 2). When an
///   open heading (of any kind) carries a number of the same series, the
///   level is counted from the innermost such heading (`### Hoofdstuk 4` then
///   `4.2 Overleg` gives 4, and then `5 Kosten` gives 3); otherwise the depth
///   is added to the level of the innermost Markdown heading, if any.
/// - A heading in capitals or bold sits one level below the innermost open
///   heading that is not itself one of these, so a run of them are siblings.
struct HeadingStack {
  /// How a heading was recognised.
  enum Source: Equatable {
    /// Markdown markup: `#` or an underline.
    case markup
    /// A section number.
    case numbered
    /// Capitals or bold.
    case emphasis
  }

  /// An open heading.
  private struct Entry {
    var level: Int
    var title: String
    var source: Source
    var number: SectionNumber?
  }

  /// The deepest level a heading can have.
  static let deepestLevel = 6

  private var entries: [Entry] = []

  /// The titles of the open headings, outermost first.
  private(set) var path: [String] = []

  /// The level a numbered heading gets here.
  func level(for number: SectionNumber) -> Int {
    if let outer = entries.last(where: { $0.number?.series == number.series }),
      let outerNumber = outer.number
    {
      return Self.clamp(outer.level + number.depth - outerNumber.depth)
    }
    if let markup = entries.last(where: { $0.source == .markup }) {
      return Self.clamp(markup.level + number.depth)
    }
    return Self.clamp(number.depth)
  }

  /// The level a heading in capitals or bold gets here.
  func levelForEmphasis() -> Int {
    let outer = entries.last { $0.source != .emphasis }
    return Self.clamp((outer?.level ?? 0) + 1)
  }

  /// Opens a heading, closing those of its level and deeper.
  /// - Returns: The heading path of the new heading: the titles above it.
  @discardableResult
  mutating func open(
    level: Int, title: String, source: Source, number: SectionNumber?
  ) -> [String] {
    while let last = entries.last, last.level >= level {
      entries.removeLast()
      path.removeLast()
    }
    let above = path
    entries.append(Entry(level: level, title: title, source: source, number: number))
    path.append(title)
    return above
  }

  /// Closes the innermost heading (used when a line turns out to be the
  /// title of an underlined heading after all).
  mutating func closeInnermost() {
    guard !entries.isEmpty else { return }
    entries.removeLast()
    path.removeLast()
  }

  /// A level within 1 and ``deepestLevel``.
  private static func clamp(_ level: Int) -> Int {
    min(max(level, 1), deepestLevel)
  }
}
