/// What a format reader hands back to ``PlanReader``, before language
/// detection, hashing and the final notes.
struct ReaderOutput {
  /// The blocks in reading order.
  var blocks: [Block]
  /// Metadata the document declares itself.
  var metadata: DeclaredMetadata
  /// Remarks made while reading.
  var notes: [ReadingNote]
  /// The recognised format.
  var format: PlanFormat
  /// How the bytes were decoded.
  var encoding: TextEncoding
}

/// Metadata a document declares (front matter, XML attributes or metadata
/// elements); `nil` where it says nothing.
struct DeclaredMetadata: Equatable {
  var title: String?
  var municipality: String?
  var municipalityCode: String?
  var area: String?
  var date: String?
  var year: Int?
  var kind: DocumentKind?
  var language: PlanLanguage?
  var planID: IMROPlanID?
  var planStatus: PlanStatus?
}
