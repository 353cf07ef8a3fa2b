/// Reads Word documents (`.docx`, Office Open XML).
///
/// The blocks come from `word/document.xml` (see ``DOCXBodyWalker``), with
/// heading levels from `word/styles.xml` and footnotes and endnotes from their
/// own parts; comments (`word/comments.xml`) are never read. The metadata
/// comes from `docProps/core.xml` (title, creator, created, language) and the
/// custom properties in `docProps/custom.xml` (see ``OfficeMetadata``).
enum DOCXReader {
  /// Reads a Word document from its opened archive.
  /// - Parameters:
  ///   - archive: The archive; parts are unpacked into memory as needed.
  ///   - path: The path to name in errors.
  /// - Returns: The blocks, metadata and format.
  /// - Throws: ``PlanReadingError`` for a part that is missing, damaged, too
  ///   large for its compressed size or not well-formed XML.
  static func read(_ archive: inout OfficeArchive, path: String) throws(PlanReadingError)
    -> ReaderOutput
  {
    guard let document = try OfficePart.tree("word/document.xml", in: &archive, path: path),
      let body = document.root.child("body")
    else {
      throw .unsupportedArchive(path: path, reason: "word/document.xml holds no document body")
    }
    let styles =
      try OfficePart.tree("word/styles.xml", in: &archive, path: path)
      .map(DOCXStyles.init) ?? DOCXStyles()
    var notes: [DOCXText.NoteReference: String] = [:]
    for (part, name) in [("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")] {
      guard let tree = try OfficePart.tree(part, in: &archive, path: path) else { continue }
      for note in tree.root.childElements where note.localName == name {
        // Separators and continuation notices are typed; a real note has no type or "normal".
        guard let id = note.attribute("id"), (note.attribute("type") ?? "normal") == "normal"
        else { continue }
        let paragraphs = note.descendants { $0.localName == "p" }.map { DOCXText.text(of: $0).text }
        notes[DOCXText.NoteReference(part: part, id: id)] =
          paragraphs.filter { !$0.isEmpty }.joined(separator: " ")
      }
    }
    var walker = DOCXBodyWalker(styles: styles, notes: notes)
    walker.read(body)

    var properties = OfficeMetadata()
    if let core = try OfficePart.tree("docProps/core.xml", in: &archive, path: path) {
      for element in core.root.childElements {
        switch element.localName {
        case "title": properties.title = element.collapsedText
        case "creator": properties.creator = element.collapsedText
        case "created": properties.created = element.collapsedText
        case "language": properties.language = element.collapsedText
        default: break
        }
      }
    }
    if let custom = try OfficePart.tree("docProps/custom.xml", in: &archive, path: path) {
      for property in custom.root.childElements where property.localName == "property" {
        if let name = property.attribute("name") {
          properties.custom.append((name, property.collapsedText))
        }
      }
    }
    let metadata = properties.declared
    return ReaderOutput(
      blocks: walker.blocks, metadata: metadata,
      notes: XMLPlanReader.entityNote(for: document).map { [$0] } ?? [], format: .docx,
      encoding: .utf8)
  }
}
