/// Residents' judgements of one criterion on a merged card: the level each
/// assessor gave, the engine's level, and which of the two the card uses.
///
/// Present only on cards merged with residents' assessments; an engine-only
/// scorecard has none, so its JSON is unchanged.
public struct CriterionAssessment: Sendable, Codable, Equatable {
  /// Where the card's level for this criterion comes from.
  public var source: LevelSource
  /// The level the engine gave; `nil` when the criterion did not apply.
  public var engineLevel: Int?
  /// One judgement per assessor who judged this criterion, in assessor order.
  public var judgements: [ResidentJudgement]

  /// Creates the judgements of one criterion.
  public init(source: LevelSource, engineLevel: Int?, judgements: [ResidentJudgement]) {
    self.source = source
    self.engineLevel = engineLevel
    self.judgements = judgements
  }

  enum CodingKeys: String, CodingKey {
    case source
    case engineLevel = "engine_level"
    case judgements
  }
}

/// Where a criterion's level on a card comes from.
public enum LevelSource: String, Sendable, Codable {
  /// The median of the residents' levels.
  case residents
  /// The engine's level: no resident judged the criterion.
  case engine
}

/// One assessor's level for one criterion, with their reason.
public struct ResidentJudgement: Sendable, Codable, Equatable {
  /// The assessor's name as written in the assessment file.
  public var assessor: String
  /// The level the assessor gave; `nil` when they kept "not applicable".
  public var level: Int?
  /// Whether the level equals the engine's.
  public var agreesWithEngine: Bool
  /// Why, or where in the plan; `nil` when the assessor gave no remark.
  public var remark: String?

  /// Creates a judgement.
  public init(assessor: String, level: Int?, agreesWithEngine: Bool, remark: String?) {
    self.assessor = assessor
    self.level = level
    self.agreesWithEngine = agreesWithEngine
    self.remark = remark
  }

  enum CodingKeys: String, CodingKey {
    case assessor, level
    case agreesWithEngine = "agrees_with_engine"
    case remark
  }
}
