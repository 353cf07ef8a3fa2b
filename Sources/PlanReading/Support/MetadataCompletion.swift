import Foundation

/// Fills metadata a document does not declare from what it does say: the
/// toelichting header (see ``PlanHeader``), an IMRO plan identifier
/// (`NL.IMRO.0297.BP1-VG01`, see ``IMROPlanID``) in the header, the file name
/// or the first blocks, the municipality name from its CBS code and the other
/// way round, the kind from the title or the first headings, and a title that
/// is never a generic section heading (see ``PlanTitle``).
///
/// What the document's own metadata declares always wins; then the header,
/// then the identifier.
enum MetadataCompletion {
  /// The metadata with gaps filled where the document allows.
  static func complete(_ declared: DeclaredMetadata, blocks: [Block], path: String)
    -> DeclaredMetadata
  {
    var metadata = declared
    let header = PlanHeader.read(blocks)
    let fileName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let planID =
      metadata.planID ?? header.planID ?? IMROPlanID(in: fileName)
      ?? PlanHeader.lines(of: blocks.prefix(PlanHeader.searchedBlocks))
      .lazy.compactMap(IMROPlanID.init(in:)).first
    metadata.planID = planID
    metadata.planStatus = metadata.planStatus ?? header.status ?? planID?.status
    metadata.date = metadata.date ?? header.date ?? header.frontPageDate
    if metadata.municipalityCode == nil {
      metadata.municipalityCode =
        metadata.municipality.flatMap(MunicipalityTable.code(forName:))
        ?? planID?.municipalityCode
    }
    if metadata.municipality == nil {
      metadata.municipality = metadata.municipalityCode.flatMap(MunicipalityTable.name(forCode:))
    }
    metadata.year = metadata.year ?? metadata.date.flatMap(year(in:)) ?? planID?.year
    metadata.title = PlanTitle.choose(
      declared: metadata.title, header: header.title, blocks: blocks, path: path, planID: planID)
    if metadata.kind == nil {
      let headings = blocks.lazy.filter { $0.kind == .heading }.prefix(3).map(\.text)
      metadata.kind =
        header.kind ?? planID?.kind
        ?? ([metadata.title].compactMap { $0 } + headings)
        .lazy.compactMap(DocumentKind.init(label:)).first { $0 != .other }
    }
    return metadata
  }

  /// The first four-digit year (1900–2099) in a date string.
  private static func year(in date: String) -> Int? {
    let digits = date.split(whereSeparator: { !$0.isNumber })
    return digits.lazy.compactMap { Int($0) }.first { (1900...2099).contains($0) }
  }
}
