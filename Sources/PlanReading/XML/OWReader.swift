/// Reads IMOW/OW annotation files (`owBestand`, OW manifests).
///
/// They hold machine annotations of a plan (rule qualifications, locations, activity
/// references), not prose, so the document has no blocks and
/// ``PlanReader`` adds the no-prose note. What the file says about itself
/// still counts: the dataset name as title and the municipality code in its
/// identifiers.
enum OWReader: XMLSchemaReader {
  /// Reads no blocks, and the title and municipality the file names.
  static func read(_ document: consuming XMLDocumentTree, locator: SourceColumnLocator)
    -> XMLSchemaReading
  {
    let root = document.root
    var metadata = DeclaredMetadata()
    metadata.title = root.descendants { $0.localName == "dataset" }
      .lazy.map(\.collapsedText).first { !$0.isEmpty }
    metadata.kind = metadata.title.flatMap(DocumentKind.init(label:))
    metadata.municipalityCode =
      identifiers(in: root).lazy
      .compactMap(MunicipalityTable.gemeenteCode(inIdentifier:)).first
    metadata.municipality = metadata.municipalityCode.flatMap(MunicipalityTable.name(forCode:))
    return XMLSchemaReading(blocks: [], metadata: metadata)
  }

  /// Attribute values and element texts that look like identifiers
  /// (`/akn/nl/act/gm0513/…`, `nl.imow-gm.0513.…`), in document order.
  private static func identifiers(in root: XMLElementNode) -> [String] {
    var found: [String] = []
    root.forEachElement { element in
      found += element.attributes.map(\.value).filter { $0.hasPrefix("/akn/") }
      if element.localName == "identificatie" {
        found.append(element.collapsedText)
      }
    }
    return found
  }
}
