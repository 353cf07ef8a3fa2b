/// The document properties of a Word or OpenDocument file, and how they map
/// onto the metadata a plan declares.
///
/// Standard properties come first: the title, the author (a municipality when
/// it reads `Gemeente Zwolle` or is a municipality's name), the creation date
/// and the language. Custom properties (Word's `docProps/custom.xml`,
/// OpenDocument's `meta:user-defined`) use the front-matter keys (`gemeente`,
/// `jaar`, `soort`, `titel`, …) and win over the standard ones.
struct OfficeMetadata {
  /// The document title.
  var title: String?
  /// The author or creator.
  var creator: String?
  /// The creation date as written (`2025-03-01T10:00:00Z`).
  var created: String?
  /// The language tag (`nl-NL`).
  var language: String?
  /// Custom properties, name and value, in document order.
  var custom: [(name: String, value: String)] = []

  /// What the properties declare about the plan.
  var declared: DeclaredMetadata {
    var metadata = DeclaredMetadata()
    metadata.title = title.flatMap(Self.nonEmpty)
    metadata.municipality = creator.flatMap(Self.municipality(inCreator:))
    if let created = created.flatMap(Self.nonEmpty) {
      metadata.date = MetadataValue.date(String(created.prefix(10)))
    }
    metadata.language = language.flatMap(PlanLanguage.init(label:))
    for (name, value) in custom {
      FrontMatter.apply(key: name, value: value.collapsingXMLWhiteSpace(), to: &metadata)
    }
    return metadata
  }

  /// The municipality an author names: `Gemeente Zwolle`, `gemeente Den Haag`
  /// or a municipality's bare name; `nil` for anyone else.
  static func municipality(inCreator creator: String) -> String? {
    let name = creator.collapsingXMLWhiteSpace()
    for prefix in ["gemeente ", "municipality of "]
    where name.lowercased().hasPrefix(prefix) && name.count > prefix.count {
      return String(name.dropFirst(prefix.count))
    }
    return MunicipalityTable.code(forName: name) != nil ? name : nil
  }

  private static func nonEmpty(_ value: String) -> String? {
    let collapsed = value.collapsingXMLWhiteSpace()
    return collapsed.isEmpty ? nil : collapsed
  }
}
