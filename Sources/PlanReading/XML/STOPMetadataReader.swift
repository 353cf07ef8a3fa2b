/// Reads the metadata of a STOP delivery from its data elements (matched by
/// local name, so the pre-1.0 namespace works too).
///
/// - title: `officieleTitel` of the regulation, else of the decision, else the
///   first heading;
/// - municipality: the `/tooi/id/gemeente/gmNNNN` code of `maker` or
///   `eindverantwoordelijke` (a provincie or waterschap leaves both fields
///   empty); without a maker, the code in the work identifier;
/// - date: `bekendOp`, else the latest `voltooidOp` of the procedure;
/// - kind: `soortRegeling`, else words in the title;
/// - language: the language of the expression identifier (`nld@…`).
enum STOPMetadataReader {
  /// The data elements the reader looks at.
  private static let wanted: Set<String> = [
    "RegelingMetadata", "BesluitMetadata", "officieleTitel", "maker", "eindverantwoordelijke",
    "FRBRWork", "FRBRExpression", "bekendOp", "voltooidOp", "soortRegeling",
  ]

  /// The text model, which holds no metadata: not searched.
  private static let textModel: Set<String> = [
    "BesluitCompact", "BesluitKlassiek", "RegelingCompact", "RegelingVrijetekst",
    "RegelingKlassiek", "RegelingTijdelijkdeel", "Lichaam",
  ]

  /// The metadata of the delivery under `root`; without an `officieleTitel`,
  /// ``PlanTitle`` chooses the title.
  static func metadata(of root: XMLElementNode) -> DeclaredMetadata {
    var found: [String: [XMLElementNode]] = [:]
    root.forEachElement(pruning: textModel) { element in
      if wanted.contains(element.localName) {
        found[element.localName, default: []].append(element)
      }
    }
    func texts(_ name: String) -> [String] {
      found[name, default: []].map(\.collapsedText)
    }
    var metadata = DeclaredMetadata()
    let regeling = found["RegelingMetadata"]?.first
    let besluit = found["BesluitMetadata"]?.first
    let titles =
      [regeling, besluit].compactMap { $0?.child("officieleTitel")?.collapsedText }
      + texts("officieleTitel")
    metadata.title = titles.first { !$0.isEmpty }

    let makers = texts("maker") + texts("eindverantwoordelijke")
    let identifiers =
      makers.isEmpty ? texts("FRBRWork") : makers.filter { $0.contains("/gemeente/") }
    metadata.municipalityCode =
      identifiers.lazy.compactMap(MunicipalityTable.gemeenteCode(inIdentifier:)).first
    metadata.municipality = metadata.municipalityCode.flatMap(MunicipalityTable.name(forCode:))
    metadata.date = texts("bekendOp").first ?? texts("voltooidOp").max()

    let kindCode = regeling?.child("soortRegeling")?.collapsedText ?? texts("soortRegeling").first
    metadata.kind =
      kindCode.flatMap(kind(forRegelingType:))
      ?? titles.lazy.compactMap(DocumentKind.init(label:)).first
      ?? metadata.title.flatMap(DocumentKind.init(label:))

    let expression = texts("FRBRExpression").first ?? ""
    if expression.contains("/nld@") {
      metadata.language = .nl
    } else if expression.contains("/eng@") {
      metadata.language = .en
    }
    return metadata
  }

  /// The kind for a STOP `soortRegeling` code (`/join/id/stop/regelingtype_003`).
  ///
  /// From the STOP value list *soortregeling*: 003 omgevingsplan, 004
  /// omgevingsverordening, 005 waterschapsverordening, 006 omgevingsvisie, 010
  /// programma, 014/015 omgevingsplan rules, 016 verordening rules; 001/002
  /// (AMvB, ministeriële regeling) are regulations too.
  static func kind(forRegelingType code: String) -> DocumentKind? {
    guard let number = code.split(separator: "_").last.flatMap({ Int($0) }) else { return nil }
    switch number {
    case 3, 14, 15: return .omgevingsplan
    case 1, 2, 4, 5, 16: return .verordening
    case 6: return .omgevingsvisie
    case 10: return .programma
    default: return nil
    }
  }
}
