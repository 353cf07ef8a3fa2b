/// Reads OpenDocument text files (`.odt`).
///
/// The blocks come from `content.xml` (see ``ODTBodyWalker``); the metadata
/// from `meta.xml`: `dc:title`, `dc:creator` (or `meta:initial-creator`),
/// `meta:creation-date`, `dc:language` and the `meta:user-defined` properties
/// (see ``OfficeMetadata``).
enum ODTReader {
  /// The mimetype an OpenDocument text file declares in its first entry.
  static let mimetype = "application/vnd.oasis.opendocument.text"

  /// Reads an OpenDocument text from its opened archive.
  /// - Parameters:
  ///   - archive: The archive; parts are unpacked into memory as needed.
  ///   - path: The path to name in errors.
  /// - Returns: The blocks, metadata and format.
  /// - Throws: ``PlanReadingError`` for a part that is missing, damaged, too
  ///   large for its compressed size or not well-formed XML.
  static func read(_ archive: inout OfficeArchive, path: String) throws(PlanReadingError)
    -> ReaderOutput
  {
    guard let content = try OfficePart.tree("content.xml", in: &archive, path: path),
      let text = content.root.child("body")?.child("text")
    else {
      throw .unsupportedArchive(
        path: path, reason: "content.xml holds no text body (office:body/office:text)")
    }
    let styles = try OfficePart.tree("styles.xml", in: &archive, path: path)
    var walker = ODTBodyWalker(styles: ODTStyles([styles, content].compactMap { $0 }))
    walker.read(text)

    var properties = OfficeMetadata()
    if let meta = try OfficePart.tree("meta.xml", in: &archive, path: path),
      let fields = meta.root.child("meta")
    {
      for element in fields.childElements {
        switch element.localName {
        case "title": properties.title = element.collapsedText
        case "creator": properties.creator = element.collapsedText
        case "initial-creator": properties.creator = properties.creator ?? element.collapsedText
        case "creation-date": properties.created = element.collapsedText
        case "language": properties.language = element.collapsedText
        case "user-defined":
          if let name = element.attribute("name") {
            properties.custom.append((name, element.collapsedText))
          }
        default: break
        }
      }
    }
    if properties.creator?.isEmpty == true { properties.creator = nil }
    let metadata = properties.declared
    return ReaderOutput(
      blocks: walker.blocks, metadata: metadata,
      notes: XMLPlanReader.entityNote(for: content).map { [$0] } ?? [], format: .odt,
      encoding: .utf8)
  }
}
