/// How a schema reader treats one element; ``XMLBlockWalker`` turns roles into
/// blocks.
enum XMLElementRole: Equatable {
  /// Not plan text: the element and everything in it is left out
  /// (metadata, identifiers, geometry, scripts).
  case skip
  /// Part of the running text of the enclosing block (`b`, `ExtRef`, `nadruk`).
  case inline
  /// A wrapper: its children are read in turn, and any text directly inside it
  /// becomes a block of its own.
  case transparent
  /// Like `transparent`, and it opens a level of nesting for headings
  /// (`Hoofdstuk`, `Artikel`, `sectie`).
  case section
  /// A heading. `subrank` orders headings within one section: 0 for the
  /// section's own title, 1 for a subheading (`Tussenkop`), N for `hN`.
  case heading(subrank: Int)
  /// A block of running text (`Al`, `p`, `alinea`); nested blocks split it.
  case block(BlockKind)
  /// A container whose paragraphs become blocks of the given kind (`Li`
  /// makes list items, `entry` table cells).
  case item(BlockKind)
  /// A number or label that prefixes the next block of the enclosing item
  /// (`LiNummer`, `li.nr`, `LidNummer`).
  case prefix
  /// A term and its definition (`Begrip`), read as one list item "term: definition".
  case definition
  /// A figure: only its caption and title children are read, as paragraphs.
  case figure
  /// A footnote: read as a paragraph of its own after the block it sits in.
  case note
}

/// What a rule may know about where an element stands.
struct XMLRoleContext {
  /// Whether the element sits inside running text (a block or heading).
  var inBlock: Bool
  /// The local name of the parent element; `nil` for the root.
  var parentName: String?
}

/// The element roles of one XML schema.
protocol XMLSchemaRules {
  /// The role of an element in its context.
  func role(of element: XMLElementNode, in context: XMLRoleContext) -> XMLElementRole
}

/// The result of reading one document with a schema reader.
struct XMLSchemaReading {
  /// The blocks in reading order.
  var blocks: [Block]
  /// The metadata the document declares.
  var metadata: DeclaredMetadata
}

/// A reader for one family of XML documents.
protocol XMLSchemaReader {
  /// Reads the blocks and metadata of a parsed document. The reader takes the
  /// tree over: it reads the metadata first, then lets the walker release
  /// each part of the tree once its blocks are made (``XMLBlockWalker``).
  static func read(_ document: consuming XMLDocumentTree, locator: SourceColumnLocator)
    -> XMLSchemaReading
}
