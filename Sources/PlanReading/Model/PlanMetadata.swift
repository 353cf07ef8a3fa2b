/// What is known about a plan: from the document itself (front matter, XML
/// metadata) or detected by the reader.
public struct PlanMetadata: Sendable, Codable, Equatable {
  /// The plan's title.
  public var title: String?
  /// The municipality (gemeente) that made the plan, by name.
  public var municipality: String?
  /// The CBS municipality code, such as `gm0297`, when the document gives one.
  public var municipalityCode: String?
  /// The neighbourhood or district (wijk, buurt) the plan is about.
  public var area: String?
  /// The date of the plan as written in the document (ISO `yyyy-mm-dd` where known).
  public var date: String?
  /// The year of the plan.
  public var year: Int?
  /// What kind of document this is.
  public var kind: DocumentKind
  /// The IMRO plan identifier (`NL.IMRO.0363.BP2019Noord-VG01`), when the
  /// document or its file name gives one.
  public var planId: String?
  /// Where the plan stands in its procedure (ontwerp, vastgesteld, …), when
  /// the document or its IMRO identifier says.
  public var planStatus: PlanStatus?
  /// The language of the text.
  public var language: PlanLanguage
  /// Whether `language` was detected from the text rather than declared.
  public var languageDetected: Bool
  /// The path of the file as given to the reader.
  public var sourcePath: String
  /// The SHA-256 of the file's bytes, in lower-case hex.
  public var sha256: String
  /// The format the reader recognised.
  public var format: PlanFormat
  /// How the bytes were decoded.
  public var encoding: TextEncoding

  /// Creates metadata; unknown fields stay `nil`.
  public init(
    title: String? = nil, municipality: String? = nil, municipalityCode: String? = nil,
    area: String? = nil, date: String? = nil, year: Int? = nil,
    kind: DocumentKind = .other, planId: String? = nil, planStatus: PlanStatus? = nil,
    language: PlanLanguage = .nl, languageDetected: Bool = true,
    sourcePath: String, sha256: String, format: PlanFormat, encoding: TextEncoding = .utf8
  ) {
    self.title = title
    self.municipality = municipality
    self.municipalityCode = municipalityCode
    self.area = area
    self.date = date
    self.year = year
    self.kind = kind
    self.planId = planId
    self.planStatus = planStatus
    self.language = language
    self.languageDetected = languageDetected
    self.sourcePath = sourcePath
    self.sha256 = sha256
    self.format = format
    self.encoding = encoding
  }
}
