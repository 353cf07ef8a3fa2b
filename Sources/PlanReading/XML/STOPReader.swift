/// Reads STOP/IMOP publications (Omgevingswet deliveries such as
/// `AanleveringBesluit`, and bare `RegelingVrijetekst`, `BesluitCompact`, …),
/// also in the pre-1.0 IMOP namespace.
///
/// Only the text model is read: metadata, identifiers, procedure steps,
/// consolidation data and geometry are left out (their facts go into the
/// metadata, see ``STOPMetadataReader``). Headings come from `Kop`
/// ("Label Nummer Opschrift"), `RegelingOpschrift` and `Tussenkop`; their
/// level follows the nesting of `Hoofdstuk`, `Afdeling`, `Artikel`, `Divisie`…
enum STOPReader: XMLSchemaReader {
  /// Reads the blocks of the text model, and the metadata of the data elements.
  static func read(_ document: consuming XMLDocumentTree, locator: SourceColumnLocator)
    -> XMLSchemaReading
  {
    let metadata = STOPMetadataReader.metadata(of: document.root)
    let blocks = XMLBlockWalker.blocks(
      taking: &document.root, rules: STOPRules(), locator: locator, capacity: document.textCount)
    return XMLSchemaReading(blocks: blocks, metadata: metadata)
  }
}

/// The element roles of STOP text, by exact (case-sensitive) local name.
struct STOPRules: XMLSchemaRules {
  /// The role of an element, by its local name (see the table below).
  func role(of element: XMLElementNode, in context: XMLRoleContext) -> XMLElementRole {
    if let namespace = element.namespaceURI, !XMLNamespace.stopTextual.contains(namespace),
      namespace.hasPrefix(XMLNamespace.stopFamily) || namespace.hasPrefix(XMLNamespace.imowFamily)
        || XMLNamespace.isGeometry(namespace)
    {
      return .skip
    }
    if let role = Self.roles[element.localName] {
      return role
    }
    return GenericXMLRules().role(of: element, in: context)
  }

  private static let roles: [String: XMLElementRole] = {
    var roles: [String: XMLElementRole] = [:]
    let table: [(XMLElementRole, [String])] = [
      // Metadata and identifiers: read by STOPMetadataReader, never plan text.
      (
        .skip,
        [
          "ExpressionIdentificatie", "BesluitMetadata", "RegelingMetadata",
          "RegelingVersieMetadata", "RegelingVersieInformatie", "Procedureverloop",
          "ConsolidatieInformatie", "Tijdstempels", "InformatieObjectVersie",
          "InformatieObjectVersieMetadata", "Metadata", "ExtIoRef", "Gereserveerd",
          "Vervallen", "VerwijderdeTekst", "Formule", "colspec",
        ]
      ),
      (
        .section,
        [
          "BesluitCompact", "BesluitKlassiek", "RegelingCompact", "RegelingVrijetekst",
          "RegelingKlassiek", "RegelingTijdelijkdeel", "Boek", "Deel", "Hoofdstuk",
          "Titel", "Afdeling", "Paragraaf", "Subparagraaf", "Subsubparagraaf", "Artikel",
          "WijzigArtikel", "Divisie", "Divisietekst", "Bijlage", "WijzigBijlage",
          "Toelichting", "AlgemeneToelichting", "ArtikelgewijzeToelichting",
          "Motivering",
        ]
      ),
      (.heading(subrank: 0), ["Kop", "RegelingOpschrift"]),
      (.heading(subrank: 1), ["Tussenkop"]),
      (.block(.paragraph), ["Al", "Wat", "Lijstaanhef", "Lijstsluiting", "title"]),
      (.item(.listItem), ["Li"]),
      (.item(.paragraph), ["Lid"]),
      (.item(.tableCell), ["entry"]),
      (.prefix, ["LiNummer", "LidNummer", "NootNummer"]),
      (.definition, ["Begrip"]),
      (.figure, ["Figuur", "Illustratie"]),
      (.note, ["Noot"]),
      (
        .inline,
        [
          "IntRef", "ExtRef", "IntIoRef", "Nadruk", "Sup", "Sub", "Abbr", "Term",
          "Definitie", "NieuweTekst", "br",
        ]
      ),
      (
        .transparent,
        [
          "AanleveringBesluit", "BesluitVersie", "RegelingVersie", "Aanhef",
          "Lichaam", "Sluiting", "Ondertekening", "Inhoud", "Lijst",
          "Begrippenlijst", "Groep", "Kadertekst", "Bijlagen", "table", "tgroup",
          "thead", "tbody", "row",
        ]
      ),
    ]
    for (role, names) in table {
      for name in names { roles[name] = role }
    }
    return roles
  }()
}
