/// Turns the body of `word/document.xml` into blocks, in document order.
///
/// Each `w:p` is one block: a heading when its style or outline level says so
/// (see ``DOCXStyles``), a list item when it is numbered (`w:numPr`), else a
/// paragraph. Tables are read row by row, each cell (all its paragraphs) one
/// table cell. A footnote or endnote follows the block that refers to it, as a
/// paragraph. Content controls (`w:sdt`) and custom XML are read through,
/// except a table of contents, which is left out.
///
/// Locations: the line is the paragraph's number, counting every `w:p` of
/// the document in order (empty ones and those in tables included); the
/// column is 1; the element path names the part (`word/document.xml`, or the
/// notes part for a note, whose line is that of the paragraph referring to it).
struct DOCXBodyWalker {
  private let styles: DOCXStyles
  private let notes: [DOCXText.NoteReference: String]
  private(set) var blocks: [Block] = []
  private var headings = XMLHeadingStack()
  private var paragraphNumber = 0

  /// Prepares a walk.
  /// - Parameters:
  ///   - styles: The document's paragraph styles.
  ///   - notes: The text of each footnote and endnote.
  init(styles: DOCXStyles, notes: [DOCXText.NoteReference: String]) {
    self.styles = styles
    self.notes = notes
  }

  /// Reads the blocks of `w:body` (or any element holding paragraphs and tables).
  mutating func read(_ container: XMLElementNode) {
    for child in container.childElements {
      switch child.localName {
      case "p": readParagraph(child)
      case "tbl": readTable(child)
      case "sdt" where Self.isTableOfContents(child):
        paragraphNumber += child.descendants { $0.localName == "p" }.count
      case "sdt": child.child("sdtContent").map { read($0) }
      case "customXml", "ins", "moveTo", "smartTag": read(child)
      default: break  // sectPr, bookmarks, deleted or moved-from content
      }
    }
  }

  /// Whether a content control holds a table of contents (Word and
  /// LibreOffice mark it with the document part gallery "Table of Contents").
  private static func isTableOfContents(_ control: XMLElementNode) -> Bool {
    let gallery = control.child("sdtPr")?.child("docPartObj")?.child("docPartGallery")
    return gallery?.attribute("val")?.lowercased().contains("table of contents") ?? false
  }

  // MARK: - Paragraphs

  private mutating func readParagraph(_ paragraph: XMLElementNode) {
    paragraphNumber += 1
    let line = paragraphNumber
    let (text, references) = DOCXText.text(of: paragraph)
    guard !text.isEmpty else { return }
    switch role(of: paragraph) {
    case .tableOfContents:
      return
    case .heading(let level):
      let (depth, above) = headings.push(text, section: 0, subrank: level)
      blocks.append(
        Block(kind: .heading, level: depth, text: text, headingPath: above, location: at(line)))
    case .listItem:
      append(.listItem, text, line: line)
    case nil:
      append(.paragraph, text, line: line)
    }
    appendNotes(references, line: line)
  }

  private func role(of paragraph: XMLElementNode) -> ParagraphRole? {
    let properties = paragraph.child("pPr")
    if let level = properties?.child("outlineLvl")?.attribute("val").flatMap({ Int($0) }),
      (0...8).contains(level)
    {
      return .heading(level: level + 1)
    }
    let styleID = properties?.child("pStyle")?.attribute("val")
    let styleRole = styleID.flatMap { styles.role(ofStyle: $0) ?? ParagraphRole(styleName: $0) }
    if let styleRole, styleRole != .listItem { return styleRole }
    if let numbering = properties?.child("numPr") {
      return DOCXStyles.isNumbered(numbering) ? .listItem : nil
    }
    return styleRole
  }

  // MARK: - Tables

  private mutating func readTable(_ table: XMLElementNode) {
    for row in table.childElements where row.localName == "tr" {
      let deleted = row.child("trPr")?.child("del") != nil
      for cell in row.childElements where cell.localName == "tc" {
        if deleted {
          paragraphNumber += cell.descendants { $0.localName == "p" }.count
        } else {
          readCell(cell)
        }
      }
    }
  }

  /// One cell: its paragraphs make one table cell; a nested table ends it and
  /// is read on its own.
  private mutating func readCell(_ cell: XMLElementNode) {
    var parts: [String] = []
    var references: [DOCXText.NoteReference] = []
    var firstLine: Int?
    func collect(_ element: XMLElementNode, into walker: inout DOCXBodyWalker) {
      for child in element.childElements {
        switch child.localName {
        case "p":
          walker.paragraphNumber += 1
          let (text, notes) = DOCXText.text(of: child)
          guard !text.isEmpty else { continue }
          firstLine = firstLine ?? walker.paragraphNumber
          parts.append(text)
          references += notes
        case "tbl":
          walker.flushCell(&parts, &references, &firstLine)
          walker.readTable(child)
        case "sdt": child.child("sdtContent").map { collect($0, into: &walker) }
        case "customXml", "ins", "moveTo": collect(child, into: &walker)
        default: break
        }
      }
    }
    collect(cell, into: &self)
    flushCell(&parts, &references, &firstLine)
  }

  private mutating func flushCell(
    _ parts: inout [String], _ references: inout [DOCXText.NoteReference], _ firstLine: inout Int?
  ) {
    if let line = firstLine, !parts.isEmpty {
      append(.tableCell, parts.joined(separator: " "), line: line)
      appendNotes(references, line: line)
    }
    parts = []
    references = []
    firstLine = nil
  }

  // MARK: - Blocks

  private mutating func append(_ kind: BlockKind, _ text: String, line: Int) {
    blocks.append(Block(kind: kind, text: text, headingPath: headings.titles, location: at(line)))
  }

  private mutating func appendNotes(_ references: [DOCXText.NoteReference], line: Int) {
    for reference in references {
      guard let text = notes[reference], !text.isEmpty else { continue }
      blocks.append(
        Block(
          kind: .paragraph, text: text, headingPath: headings.titles,
          location: SourceLocation(line: line, column: 1, elementPath: reference.part)))
    }
  }

  private func at(_ line: Int) -> SourceLocation {
    SourceLocation(line: line, column: 1, elementPath: "word/document.xml")
  }
}
