import Foundation

/// Fills metadata a document does not declare from what it does say: the
/// municipality name from its CBS code and the other way round, the code from
/// an IMRO plan identifier (`NL.IMRO.0297.…`) in the file name, and the kind
/// from the title or the first headings.
enum MetadataCompletion {
  /// The metadata with gaps filled where the document allows.
  static func complete(_ declared: DeclaredMetadata, blocks: [Block], path: String)
    -> DeclaredMetadata
  {
    var metadata = declared
    if metadata.municipalityCode == nil {
      metadata.municipalityCode =
        metadata.municipality.flatMap(MunicipalityTable.code(forName:))
        ?? imroCode(in: URL(fileURLWithPath: path).lastPathComponent)
    }
    if metadata.municipality == nil {
      metadata.municipality = metadata.municipalityCode.flatMap(MunicipalityTable.name(forCode:))
    }
    if metadata.kind == nil {
      let headings = blocks.lazy.filter { $0.kind == .heading }.prefix(3).map(\.text)
      metadata.kind = ([metadata.title].compactMap { $0 } + headings)
        .lazy.compactMap(DocumentKind.init(label:)).first { $0 != .other }
    }
    return metadata
  }

  /// The municipality code in an IMRO identifier: `NL.IMRO.0297.…` → `gm0297`.
  static func imroCode(in text: String) -> String? {
    guard let range = text.range(of: "nl.imro.", options: .caseInsensitive) else { return nil }
    let digits = text[range.upperBound...].prefix(4)
    guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return "gm" + digits
  }
}
