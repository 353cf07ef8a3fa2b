/// A municipal plan read into one ordered, format-neutral document model.
///
/// Every reader (plain text, XML in its several schemas) produces this value.
/// Scoring works only on it, so it keeps every heading, paragraph, list item
/// and table cell in reading order, each with the sections it sits in and
/// where it stands in the source file.
public struct PlanDocument: Sendable, Codable, Equatable {
  /// What the document says about itself (or what was detected).
  public var metadata: PlanMetadata
  /// The text blocks in reading order.
  public var blocks: [Block]
  /// Remarks from the reader a user should know about, such as an encoding
  /// fallback or a document without prose.
  public var notes: [ReadingNote]

  /// Creates a document from its parts.
  public init(metadata: PlanMetadata, blocks: [Block], notes: [ReadingNote] = []) {
    self.metadata = metadata
    self.blocks = blocks
    self.notes = notes
  }
}

// MARK: - Convenience

extension PlanDocument {
  /// The blocks that carry prose: paragraphs, list items and table cells.
  public var proseBlocks: [Block] {
    blocks.filter { $0.kind != .heading }
  }

  /// Whether the document holds no prose at all (only headings or nothing).
  public var hasNoProse: Bool {
    // Asked of every plan as it is read: looks for one prose block rather than
    // copying them all (a hundred megabytes for a plan of a million paragraphs).
    !blocks.contains { $0.kind != .heading }
  }
}
