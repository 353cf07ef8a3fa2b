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
  static func metadata(of root: XMLElementNode, blocks: [Block]) -> DeclaredMetadata {
    var metadata = DeclaredMetadata()
    let regeling = first("RegelingMetadata", in: root)
    let besluit = first("BesluitMetadata", in: root)
    let titles = [regeling, besluit].compactMap { $0?.child("officieleTitel")?.collapsedText }
      + root.descendants { $0.localName == "officieleTitel" }.map(\.collapsedText)
    metadata.title = titles.first { !$0.isEmpty } ?? blocks.first { $0.kind == .heading }?.text

    let makers = root.descendants { ["maker", "eindverantwoordelijke"].contains($0.localName) }
      .map(\.collapsedText)
    if makers.isEmpty {
      metadata.municipalityCode = root.descendants { $0.localName == "FRBRWork" }
        .lazy.compactMap { MunicipalityTable.gemeenteCode(inIdentifier: $0.collapsedText) }.first
    } else {
      metadata.municipalityCode = makers.lazy.filter { $0.contains("/gemeente/") }
        .compactMap(MunicipalityTable.gemeenteCode(inIdentifier:)).first
    }
    metadata.municipality = metadata.municipalityCode.flatMap(MunicipalityTable.name(forCode:))

    let announced = first("bekendOp", in: root)?.collapsedText
    let completed = root.descendants { $0.localName == "voltooidOp" }.map(\.collapsedText)
    metadata.date = announced ?? completed.max()

    let kindCode = (regeling?.child("soortRegeling") ?? first("soortRegeling", in: root))?
      .collapsedText
    metadata.kind = kindCode.flatMap(kind(forRegelingType:))
      ?? titles.lazy.compactMap(DocumentKind.init(label:)).first
      ?? metadata.title.flatMap(DocumentKind.init(label:))

    let expression = first("FRBRExpression", in: root)?.collapsedText ?? ""
    if expression.contains("/nld@") {
      metadata.language = .nl
    } else if expression.contains("/eng@") {
      metadata.language = .en
    }
    return metadata
  }

  /// The kind for a STOP `soortRegeling` code (`/join/id/stop/regelingtype_003`).
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

  private static func first(_ localName: String, in root: XMLElementNode) -> XMLElementNode? {
    root.descendants { $0.localName == localName }.first
  }
}
