import Foundation

/// Reads the metadata of an official publication: the `meta name=… content=…`
/// elements of `officiele-publicatie` (`DC.title`, `DC.creator`,
/// `DCTERMS.issued`, `OVERHEID.authority`, …) and the Dublin Core elements in
/// the `meta` block of a CVDR regulation (`dcterms:title`, `dcterms:creator`,
/// `dcterms:issued`, …).
///
/// The creator or authority counts as the municipality when it is a gemeente:
/// its scheme says so (`OVERHEID.Gemeente`, `overheid:Gemeente`), its value
/// reads "Gemeente X", the organisation type is "gemeente", or the value is a
/// municipality's name and nothing says it is another body. Failing that, the
/// masthead ("Officiële uitgave van de gemeente X") names it.
enum OfficielePublicatieMetadataReader {
  /// One declared field: a normalised name (`title`, `creator`, `issued`,
  /// `overheid.authority`), its value and scheme.
  private struct Field {
    var name: String
    var value: String
    var scheme: String
  }

  /// The metadata of the publication under `root`; without a declared
  /// title, ``PlanTitle`` chooses one.
  static func metadata(of root: XMLElementNode) -> DeclaredMetadata {
    let fields = declaredFields(in: root)
    func value(_ names: String...) -> String? {
      names.lazy.compactMap { name in fields.first { $0.name == name }?.value }.first
    }
    var metadata = DeclaredMetadata()
    metadata.title = value("title")
    metadata.municipality = municipality(in: fields) ?? mastheadMunicipality(of: root)
    metadata.municipalityCode = metadata.municipality.flatMap(MunicipalityTable.code(forName:))
    metadata.date = value(
      "issued", "available", "overheidop.datumondertekening", "datumondertekening", "modified")
    metadata.kind =
      metadata.title.flatMap(DocumentKind.init(label:))
      ?? value("type").flatMap(DocumentKind.init(label:))
    metadata.language = value("language").flatMap(PlanLanguage.init(label:))
    return metadata
  }

  private static func declaredFields(in root: XMLElementNode) -> [Field] {
    var fields: [Field] = []
    for element in root.descendants(where: { $0.localName.lowercased() == "meta" }) {
      if let name = element.attribute("name"), let content = element.attribute("content") {
        fields.append(
          Field(
            name: normalized(name), value: content.collapsingXMLWhiteSpace(),
            scheme: element.attribute("scheme") ?? ""))
      }
      // CVDR: <meta><owmskern><dcterms:title>…</dcterms:title>…
      let leaves = element.descendants { $0.childElements.isEmpty && $0.localName != "meta" }
      for leaf in leaves where !leaf.collapsedText.isEmpty {
        fields.append(
          Field(
            name: normalized(leaf.localName), value: leaf.collapsedText,
            scheme: leaf.attribute("scheme") ?? ""))
      }
    }
    return fields
  }

  /// `DC.title` → `title`, `DCTERMS.issued` → `issued`; other names lower-cased.
  private static func normalized(_ name: String) -> String {
    let folded = name.lowercased()
    for prefix in ["dcterms.", "dcterms:", "dc.", "dc:"] where folded.hasPrefix(prefix) {
      return String(folded.dropFirst(prefix.count))
    }
    return folded
  }

  private static func municipality(in fields: [Field]) -> String? {
    let organisationType = fields.first {
      $0.name.hasSuffix("organisationtype") || $0.name.hasSuffix("organisatietype")
    }?.value.lowercased()
    let candidates = fields.filter {
      [
        "creator", "overheid.authority", "overheid:authority", "authority",
        "overheidop.publicationname",
      ].contains($0.name)
    }
    for field in candidates {
      if let name = gemeenteName(in: field.value) { return name }
      guard field.name != "overheidop.publicationname" else { continue }
      let scheme = field.scheme.lowercased()
      if scheme.contains("gemeente") || organisationType == "gemeente" {
        return field.value
      }
      // A bare name ("Katwijk") that is a municipality's, unless the scheme or
      // organisation type says it is another body (Utrecht is also a province).
      let otherBodies = ["provincie", "waterschap", "ministerie", "rijk"]
      let isOtherBody = otherBodies.contains {
        scheme.contains($0) || organisationType?.contains($0) == true
      }
      if !isOtherBody, MunicipalityTable.code(forName: field.value) != nil {
        return field.value
      }
    }
    return nil
  }

  /// "Officiële uitgave van de gemeente Best." in the masthead's `subtitel`.
  private static func mastheadMunicipality(of root: XMLElementNode) -> String? {
    let masthead = root.childElements.first { $0.localName.lowercased() == "kop" }
    return masthead?.childElements.lazy.compactMap { gemeenteName(in: $0.collapsedText) }.first
  }

  /// The name after "gemeente " in a text, without a final full stop.
  private static func gemeenteName(in text: String) -> String? {
    guard let range = text.range(of: "gemeente ", options: .caseInsensitive) else { return nil }
    var name = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
    if name.hasSuffix(".") { name.removeLast() }
    return name.isEmpty ? nil : name
  }
}
