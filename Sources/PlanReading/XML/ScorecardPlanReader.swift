/// Reads the project's own simple plan schema (`docs/plan-xml.md`).
///
/// ```xml
/// <plan xmlns="https://participatie-scorecard.nl/plan/1" gemeente="Utrecht"
///       wijk="Overvecht" jaar="2025" soort="wijkactieplan" taal="nl">
///   <titel>…</titel>
///   <sectie><kop>…</kop><alinea>…</alinea><lijst><item>…</item></lijst></sectie>
/// </plan>
/// ```
///
/// Dutch and English names both work (`sectie`/`section`, `gemeente`/
/// `municipality`, …); the namespace may be left out. Metadata comes from the
/// root's attributes and the `titel`; a heading's level is the nesting depth
/// of its `sectie`.
enum ScorecardPlanReader: XMLSchemaReader {
  /// Reads the blocks, and the metadata of the root's attributes and title.
  static func read(_ document: consuming XMLDocumentTree, locator: SourceColumnLocator)
    -> XMLSchemaReading
  {
    let metadata = metadata(of: document.root)
    let blocks = XMLBlockWalker.blocks(
      taking: &document.root, rules: ScorecardPlanRules(), locator: locator,
      capacity: document.textCount)
    return XMLSchemaReading(blocks: blocks, metadata: metadata)
  }

  private static func metadata(of root: XMLElementNode) -> DeclaredMetadata {
    func value(_ names: String...) -> String? {
      root.attribute(anyOf: names).map { $0.collapsingXMLWhiteSpace() }.flatMap {
        $0.isEmpty ? nil : $0
      }
    }
    var metadata = DeclaredMetadata()
    metadata.title =
      root.childElements.first { ScorecardPlanRules.titleNames.contains($0.localName) }?
      .collapsedText
    metadata.municipalityCode = value("gemeentecode", "municipalityCode", "municipality-code")?
      .lowercased()
    metadata.municipality =
      value("gemeente", "municipality")
      ?? metadata.municipalityCode.flatMap(MunicipalityTable.name(forCode:))
    if metadata.municipalityCode == nil {
      metadata.municipalityCode = metadata.municipality.flatMap(MunicipalityTable.code(forName:))
    }
    metadata.area = value("wijk", "area", "buurt", "neighbourhood")
    metadata.date = value("datum", "date")
    metadata.year = value("jaar", "year").flatMap { Int($0) }
    metadata.kind = value("soort", "kind").flatMap(DocumentKind.init(label:))
    metadata.language = value("taal", "lang", "language").flatMap(PlanLanguage.init(label:))
    return metadata
  }
}

/// The element roles of the plan schema, Dutch and English names.
struct ScorecardPlanRules: XMLSchemaRules {
  /// The plan's title, read as metadata rather than as a block.
  static let titleNames: Set<String> = ["titel", "title"]

  /// The role of an element, by its local name (see the table below).
  func role(of element: XMLElementNode, in context: XMLRoleContext) -> XMLElementRole {
    let name = element.localName
    if context.parentName == "plan", Self.titleNames.contains(name) {
      return .skip
    }
    switch name {
    case "plan", "lijst", "list", "tabel", "table", "rij", "row": return .transparent
    case "sectie", "section": return .section
    case "kop", "heading": return .heading(subrank: 0)
    case "alinea", "paragraph": return .block(.paragraph)
    case "item": return .item(.listItem)
    case "cel", "cell": return .item(.tableCell)
    default: return GenericXMLRules().role(of: element, in: context)
    }
  }
}
