import Scoring

/// An assessor's judgement of one criterion, next to what the engine found.
public struct AssessedCriterion: Sendable, Codable, Equatable {
  /// The criterion's id, such as `invloed`.
  public var id: String
  /// The level the assessor gave; `nil` when they kept the engine's "not
  /// applicable".
  public var level: Int?
  /// The level the engine gave; `nil` when the criterion did not apply.
  public var engineLevel: Int?
  /// Whether `level` equals `engineLevel`.
  public var agreesWithEngine: Bool
  /// Why, or where in the plan; `nil` when the assessor skipped the remark.
  public var remark: String?
  /// The engine's evidence the assessor was shown (the quotes, their place in
  /// the plan and the indicators that matched), so a later reader sees what
  /// the judgement was made against.
  public var engineEvidence: [Evidence]

  /// Creates a judgement; `agreesWithEngine` follows from the two levels.
  public init(
    id: String, level: Int?, engineLevel: Int?, remark: String?, engineEvidence: [Evidence]
  ) {
    self.id = id
    self.level = level
    self.engineLevel = engineLevel
    self.agreesWithEngine = level == engineLevel
    self.remark = remark
    self.engineEvidence = engineEvidence
  }

  enum CodingKeys: String, CodingKey {
    case id, level
    case engineLevel = "engine_level"
    case agreesWithEngine = "agrees_with_engine"
    case remark
    case engineEvidence = "engine_evidence"
  }
}
