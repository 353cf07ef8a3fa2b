/// Reads the XML of official publications: Gemeenteblad, Staatscourant,
/// Provinciaal blad and Waterschapsblad (`officiele-publicatie`, schema
/// *op-xsd*), local regulations from CVDR (`cvdr`, `regeling`) and, with the
/// same vocabulary, consolidated national law from the BWB (`toestand`).
///
/// Headings come from `kop` ("label nr titel"), `titel` and `tussenkop`, their
/// level from the nesting of `hoofdstuk`, `paragraaf`, `artikel`, `divisie`…;
/// prose from `al`, `lid`, lists, tables, `wij`, `considerans`, `afkondiging`,
/// `slotformulering` and `ondertekening`. The masthead (`kop` directly under
/// the root, "GEMEENTEBLAD") and the `metadata`/`meta` block are not plan
/// text; see ``OfficielePublicatieMetadataReader`` for what they declare.
enum OfficielePublicatieReader: XMLSchemaReader {
  /// Reads the blocks, and the metadata of the `meta` elements.
  static func read(_ document: consuming XMLDocumentTree, locator: SourceColumnLocator)
    -> XMLSchemaReading
  {
    let metadata = OfficielePublicatieMetadataReader.metadata(of: document.root)
    let rules = OfficielePublicatieRules()
    let blocks = XMLBlockWalker.blocks(
      taking: &document.root, rules: rules, locator: locator, capacity: document.textCount)
    return XMLSchemaReading(blocks: blocks, metadata: metadata)
  }
}

/// The element roles of official-publication XML, by lower-cased local name.
struct OfficielePublicatieRules: XMLSchemaRules {
  /// Root elements of this family.
  static let roots: Set<String> = [
    "officiele-publicatie", "cvdr", "regeling", "gemeenteblad", "staatscourant",
    "provinciaalblad", "provincieblad", "waterschapsblad", "bladgemeenschappelijkeregeling",
    "aanlevering", "toestand", "wetgeving",
  ]

  /// The role of an element, by its local name (see the table below).
  func role(of element: XMLElementNode, in context: XMLRoleContext) -> XMLElementRole {
    let name = element.localName.lowercased()
    if name == "kop", context.parentName?.lowercased() == "officiele-publicatie" {
      return .skip  // the masthead: "GEMEENTEBLAD", "Officiële uitgave van …"
    }
    if let role = Self.roles[name] {
      return role
    }
    return GenericXMLRules().role(of: element, in: context)
  }

  private static let roles: [String: XMLElementRole] = {
    var roles: [String: XMLElementRole] = [:]
    let table: [(XMLElementRole, [String])] = [
      (.skip, ["metadata", "meta", "meta-data", "brondata", "plaatje", "redactie", "colspec"]),
      (
        .section,
        [
          "boek", "deel", "titeldeel", "hoofdstuk", "afdeling", "paragraaf",
          "sub-paragraaf", "subparagraaf", "artikel", "divisie", "bijlage", "toelichting",
          "wijzig-artikel", "wijzig-divisie",
        ]
      ),
      (.heading(subrank: 0), ["kop", "titel"]),
      (.heading(subrank: 1), ["tussenkop", "subtitel"]),
      (
        .block(.paragraph),
        [
          "al", "context.al", "considerans.al", "wij", "wie", "slotformulering",
          "dagtekening", "functie", "naam", "tabel.titel", "title", "noot.al",
          "lijst.aanhef", "lijstaanhef",
        ]
      ),
      (.item(.listItem), ["li"]),
      (.item(.paragraph), ["lid"]),
      (.item(.tableCell), ["entry"]),
      (.prefix, ["li.nr", "lidnr", "lid.nr", "noot.nr"]),
      (.definition, ["definitie-item", "begrip"]),
      (.figure, ["illustratie", "figuur"]),
      (.note, ["noot"]),
      (
        .inline,
        [
          "nadruk", "extref", "intref", "sup", "inf", "datum", "br", "term",
          "definitie", "voornaam", "achternaam", "functie.naam",
        ]
      ),
      (
        .transparent,
        [
          "aanhef", "preambule", "context", "considerans", "afkondiging",
          "besluit", "regeling-tekst", "regeling-sluiting", "ondertekening",
          "tekst", "vrije-tekst", "inhoud", "body", "lijst", "tabel", "table",
          "tgroup", "thead", "tbody", "row", "definitielijst", "begrippenlijst",
          "zakelijke-mededeling", "zakelijke-mededeling-tekst", "circulaire",
          "circulaire-tekst", "al-groep",
        ]
          + Array(roots)
      ),
    ]
    for (role, names) in table {
      for name in names { roles[name] = role }
    }
    return roles
  }()
}
