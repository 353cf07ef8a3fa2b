/// The level one criterion reached in a plan, with the evidence and advice.
public struct CriterionResult: Sendable, Codable, Equatable {
  /// The criterion's id, such as `invloed`.
  public var id: String
  /// The criterion's title per language.
  public var title: [String: String]
  /// The question a resident would answer, per language.
  public var question: [String: String]
  /// The criterion's weight in the grade.
  public var weight: Double
  /// `making` or `carrying_out`, when the rubric says.
  public var phase: String?
  /// The level reached; `nil` when the criterion does not apply (n.v.t.).
  public var level: Int?
  /// The highest level of the scale.
  public var maxLevel: Int
  /// What the level means, per language.
  public var levelDescription: [String: String]
  /// What the municipality should add to reach the next level, per language;
  /// empty at the highest level and when not applicable.
  public var advice: [String: String]
  /// The type of the rule that decided the level (`any`, `together`, `ladder`,
  /// `count`), or `nil` when no rule fired.
  public var decidedBy: String?
  /// The matches that earned the level, in document order (at most a few).
  public var evidence: [Evidence]
  /// How many matches earned the level in all.
  public var evidenceCount: Int
  /// Matches of the criterion's vocabulary that did not count, with the reason
  /// (negated, hedged, wrong actor, …), so a reader sees what was considered.
  public var discounted: [Evidence]
  /// On a merged card: the residents' levels next to the engine's, and which
  /// the card uses; `nil` (and absent from the JSON) on an engine-only card.
  public var assessment: CriterionAssessment? = nil

  enum CodingKeys: String, CodingKey {
    case id, title, question, weight, phase, level
    case maxLevel = "max_level"
    case levelDescription = "level_description"
    case advice
    case decidedBy = "decided_by"
    case evidence
    case evidenceCount = "evidence_count"
    case discounted, assessment
  }
}

/// The highest rung of the participation ladder a plan reaches.
public struct LadderResult: Sendable, Codable, Equatable {
  /// The rung, 0 (none or sham) up to the ladder's top.
  public var rung: Int
  /// The rung's id, such as `raadplegen`.
  public var id: String
  /// The rung's label per language.
  public var label: [String: String]
  /// The sentence that proves the rung; `nil` at rung 0.
  public var evidence: Evidence?
}
