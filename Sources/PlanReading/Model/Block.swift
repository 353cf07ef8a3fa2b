/// One unit of text in a plan: a heading, paragraph, list item or table cell.
public struct Block: Sendable, Codable, Equatable {
  /// What kind of block this is.
  public var kind: BlockKind
  /// The heading level (1 is the top level); `nil` for other kinds.
  public var level: Int?
  /// The text, with white space collapsed to single spaces.
  public var text: String
  /// The titles of the sections this block sits in, outermost first. For a
  /// heading, the titles of the sections above it (not its own title).
  public var headingPath: [String]
  /// Where the block starts in the source file.
  public var location: SourceLocation

  /// Creates a block.
  public init(
    kind: BlockKind, level: Int? = nil, text: String, headingPath: [String],
    location: SourceLocation
  ) {
    self.kind = kind
    self.level = level
    self.text = text
    self.headingPath = headingPath
    self.location = location
  }
}

/// The kinds of block a plan is made of.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
  /// A section title.
  case heading
  /// A paragraph of running text.
  case paragraph
  /// An item of a bulleted or numbered list.
  case listItem = "list_item"
  /// One cell of a table.
  case tableCell = "table_cell"
}
