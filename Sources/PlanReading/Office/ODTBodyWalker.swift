/// Turns the text of an OpenDocument file (`office:text` in `content.xml`)
/// into blocks, in document order.
///
/// `text:h` is a heading of its `text:outline-level`; a `text:p` takes the
/// role of its style (see ``ODTStyles``: a heading, a list item, or a table
/// of contents line that is left out); other `text:p` are paragraphs, and
/// those in a `text:list` list items. Tables are read row by row, each cell
/// one table cell. A footnote (`text:note`) follows the block it stands in, as
/// a paragraph. Tracked deletions (kept apart in `text:tracked-changes`),
/// comments (`office:annotation`), hidden spans, tables of contents and other
/// generated indexes, and frames are left out.
///
/// Locations: the line is the paragraph's number, counting every `text:p`
/// and `text:h` of the body in order (empty ones and those in tables and
/// lists included); the column is 1; the element path is `content.xml`.
struct ODTBodyWalker {
  private let styles: ODTStyles
  private(set) var blocks: [Block] = []
  private var headings = XMLHeadingStack()
  private var paragraphNumber = 0

  /// Prepares a walk.
  /// - Parameter styles: The document's styles.
  init(styles: ODTStyles) {
    self.styles = styles
  }

  /// Reads the blocks of `office:text` (or any element holding paragraphs).
  mutating func read(_ container: XMLElementNode, listItems: Bool = false) {
    for child in container.childElements {
      switch child.localName {
      case "h":
        let level = child.attribute("outline-level").flatMap { Int($0) } ?? 1
        readParagraph(child, heading: max(level, 1))
      case "p":
        switch child.attribute("style-name").flatMap(styles.role(ofStyle:)) {
        case .heading(let level): readParagraph(child, heading: level)
        case .listItem: readParagraph(child, heading: nil, listItem: true)
        case .tableOfContents: paragraphNumber += 1
        case nil: readParagraph(child, heading: nil, listItem: listItems)
        }
      case "list":
        read(child, listItems: true)
      case "list-item", "list-header", "section", "numbered-paragraph":
        read(child, listItems: listItems)
      case "table":
        readTable(child)
      default:
        break  // tracked changes, indexes, declarations, frames, soft page breaks
      }
    }
  }

  // MARK: - Paragraphs

  private mutating func readParagraph(
    _ paragraph: XMLElementNode, heading: Int?, listItem: Bool = false
  ) {
    paragraphNumber += 1
    let line = paragraphNumber
    var notes: [String] = []
    let text = self.text(of: paragraph, notes: &notes)
    if !text.isEmpty {
      if let heading {
        let (depth, above) = headings.push(text, section: 0, subrank: heading)
        blocks.append(
          Block(kind: .heading, level: depth, text: text, headingPath: above, location: at(line)))
      } else {
        append(listItem ? .listItem : .paragraph, text, line: line)
      }
    }
    for note in notes { append(.paragraph, note, line: line) }
  }

  // MARK: - Tables

  private mutating func readTable(_ table: XMLElementNode) {
    for child in table.childElements {
      switch child.localName {
      case "table-row": readRow(child)
      case "table-header-rows", "table-rows", "table-row-group": readTable(child)
      default: break
      }
    }
  }

  private mutating func readRow(_ row: XMLElementNode) {
    for cell in row.childElements where cell.localName == "table-cell" {
      var parts: [String] = []
      var notes: [String] = []
      var firstLine: Int?
      for paragraph in cell.descendants(where: { ["p", "h"].contains($0.localName) }) {
        paragraphNumber += 1
        let text = self.text(of: paragraph, notes: &notes)
        guard !text.isEmpty else { continue }
        firstLine = firstLine ?? paragraphNumber
        parts.append(text)
      }
      guard let line = firstLine else { continue }
      append(.tableCell, parts.joined(separator: " "), line: line)
      for note in notes { append(.paragraph, note, line: line) }
    }
  }

  // MARK: - Text

  /// The running text of a paragraph, white space collapsed; the texts of its
  /// footnotes go to `notes`.
  func text(of element: XMLElementNode, notes: inout [String]) -> String {
    var text = ""
    append(element, to: &text, notes: &notes)
    return text.collapsingXMLWhiteSpace()
  }

  private func append(
    _ element: XMLElementNode, to text: inout String, notes: inout [String]
  ) {
    for content in element.children {
      switch content {
      case .text(let value):
        text += value
      case .entityReference:
        text += " "
      case .element(let child):
        switch child.localName {
        case "s", "tab", "line-break":
          text += " "
        case "note":
          var inner: [String] = []
          let body = child.child("note-body").map { self.text(of: $0, notes: &inner) } ?? ""
          if !body.isEmpty { notes.append(body) }
        case "annotation", "note-citation", "frame", "tracked-changes", "deletion":
          continue
        case "span" where child.attribute("style-name").map(styles.hides) ?? false:
          continue
        case "p", "h":
          text += " "
          append(child, to: &text, notes: &notes)
          text += " "
        default:
          append(child, to: &text, notes: &notes)
        }
      }
    }
  }

  // MARK: - Blocks

  private mutating func append(_ kind: BlockKind, _ text: String, line: Int) {
    blocks.append(Block(kind: kind, text: text, headingPath: headings.titles, location: at(line)))
  }

  private func at(_ line: Int) -> SourceLocation {
    SourceLocation(line: line, column: 1, elementPath: "content.xml")
  }
}
