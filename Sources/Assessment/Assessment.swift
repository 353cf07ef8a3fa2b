import Scoring

/// One person's judgement of one plan with one rubric: per criterion the
/// level they give, whether it agrees with the engine, and their remark.
///
/// Written by `scorecard assess` and read by `score`, `batch` and
/// `agreement`. The JSON form is versioned and documented
/// in `docs/assessment-json.md`; it records the plan's and the rubric's
/// SHA-256, so a later use can say when either has changed since.
public struct Assessment: Sendable, Codable, Equatable {
  /// The only `format` this version reads and writes.
  public static let currentFormat = 1
  /// The value of `type`, which tells an assessment from other JSON files.
  public static let fileType = "participation-scorecard-assessment"

  /// The version of this layout.
  public var format: Int
  /// Always ``fileType``.
  public var type: String
  /// Who made the assessment (a name or initials).
  public var assessor: String
  /// The day it was made, `YYYY-MM-DD`.
  public var date: String
  /// The language the questions were asked in (`nl` or `en`).
  public var language: String
  /// The plan that was assessed, with the SHA-256 of its bytes.
  public var plan: PlanReference
  /// The rubric whose questions were asked, with the SHA-256 of its file.
  public var rubric: RubricReference
  /// The engine that gave the levels the assessor saw.
  public var engineVersion: String
  /// The grade the engine gave.
  public var engineGrade: Double
  /// One entry per criterion the assessor went through, in rubric order.
  public var criteria: [AssessedCriterion]

  /// Creates an assessment of the current format.
  public init(
    assessor: String, date: String, language: String, plan: PlanReference,
    rubric: RubricReference, engineVersion: String, engineGrade: Double,
    criteria: [AssessedCriterion]
  ) {
    self.format = Self.currentFormat
    self.type = Self.fileType
    self.assessor = assessor
    self.date = date
    self.language = language
    self.plan = plan
    self.rubric = rubric
    self.engineVersion = engineVersion
    self.engineGrade = engineGrade
    self.criteria = criteria
  }

  enum CodingKeys: String, CodingKey {
    case format, type, assessor, date, language, plan, rubric
    case engineVersion = "engine_version"
    case engineGrade = "engine_grade"
    case criteria
  }

  /// The entry for a criterion, or `nil` when the assessor did not judge it.
  public func criterion(id: String) -> AssessedCriterion? {
    criteria.first { $0.id == id }
  }
}
