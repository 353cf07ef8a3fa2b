/// How far residents (and, when it is compared too, the engine) agree on the
/// plans they assessed: figures per criterion, per plan and overall, the
/// widest disagreements with what each person saw and said, and notes.
///
/// Made by ``AgreementAnalysis``; its JSON form is documented in
/// `docs/agreement-json.md`.
public struct AgreementReport: Sendable, Equatable, Encodable {
  /// The id of the rubric all assessments used.
  public var rubricID: String
  /// The rubric versions the assessments name, sorted.
  public var rubricVersions: [String]
  /// Whether the engine is one of the coders.
  public var withEngine: Bool
  /// The coders: residents by name (sorted), then the engine when it takes part.
  public var coders: [AgreementCoder]
  /// The plans, by file name and then SHA-256.
  public var plans: [AgreementPlan]
  /// Figures per criterion (the units are the plans), in rubric order.
  public var criteria: [CriterionAgreement]
  /// Figures over every plan × criterion.
  public var overall: AgreementFigures
  /// Every plan × criterion with each coder's level, plan by plan in rubric order.
  public var units: [UnitLevels]
  /// The widest disagreements, widest first (at most ``AgreementOptions/top``).
  public var disagreements: [Disagreement]
  /// How many plan × criterion units had any disagreement at all.
  public var disagreementCount: Int
  /// Per indicator how often residents kept or overruled its level; `nil`
  /// unless asked for.
  public var rubricFeedback: RubricFeedback?
  /// Notes on changed plans, rubrics and replaced assessments.
  public var notes: [AgreementNote]
  /// Files that could not be read, with the reason; they are left out.
  public var skipped: [SkippedFile]

  enum CodingKeys: String, CodingKey {
    case rubricID = "rubric_id"
    case rubricVersions = "rubric_versions"
    case withEngine = "with_engine"
    case coders, plans, criteria, overall, units, disagreements
    case disagreementCount = "disagreement_count"
    case rubricFeedback = "rubric_feedback"
    case notes, skipped
  }

  /// Writes every key, `rubric_feedback` as `null` when not asked for.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(rubricID, forKey: .rubricID)
    try container.encode(rubricVersions, forKey: .rubricVersions)
    try container.encode(withEngine, forKey: .withEngine)
    try container.encode(coders, forKey: .coders)
    try container.encode(plans, forKey: .plans)
    try container.encode(criteria, forKey: .criteria)
    try container.encode(overall, forKey: .overall)
    try container.encode(units, forKey: .units)
    try container.encode(disagreements, forKey: .disagreements)
    try container.encode(disagreementCount, forKey: .disagreementCount)
    try container.encode(rubricFeedback, forKey: .rubricFeedback)
    try container.encode(notes, forKey: .notes)
    try container.encode(skipped, forKey: .skipped)
  }
}

// MARK: - Parts

/// One assessed plan (one SHA-256) with its own figures (the units are its
/// criteria).
public struct AgreementPlan: Sendable, Equatable, Encodable {
  /// The plan file as the assessments name it.
  public var file: String
  /// The SHA-256 of the plan's bytes: plans are told apart by it.
  public var sha256: String
  /// The plan's title, when known.
  public var title: String?
  /// The municipality, when known.
  public var municipality: String?
  /// The assessors whose assessment of this plan is used, sorted.
  public var assessors: [String]
  /// The figures over this plan's criteria.
  public var figures: AgreementFigures
}

/// The figures of one criterion over all plans.
public struct CriterionAgreement: Sendable, Equatable, Encodable {
  /// The criterion id.
  public var id: String
  /// The criterion's title per language, from the rubric; empty when the
  /// rubric was not available.
  public var title: [String: String]
  /// The figures; the units are the plans.
  public var figures: AgreementFigures
}

/// One plan × criterion with the level each coder gave.
public struct UnitLevels: Sendable, Equatable, Encodable {
  /// The plan, as in ``AgreementPlan/file``.
  public var plan: String
  /// The criterion id.
  public var criterion: String
  /// The level of each coder, in the order of ``AgreementReport/coders``;
  /// `nil` where a coder gave none.
  public var levels: [Int?]
  /// The engine's level, also when the engine is not a coder.
  public var engineLevel: Int?

  enum CodingKeys: String, CodingKey {
    case plan, criterion, levels
    case engineLevel = "engine_level"
  }

  /// Writes every key, with `null` for a missing level.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(plan, forKey: .plan)
    try container.encode(criterion, forKey: .criterion)
    try container.encode(levels, forKey: .levels)
    try container.encode(engineLevel, forKey: .engineLevel)
  }
}

/// An assessment file that could not be read.
public struct SkippedFile: Sendable, Equatable, Encodable {
  /// The file as given.
  public var file: String
  /// Why it could not be read, with what to do.
  public var reason: String

  /// Creates an entry.
  public init(file: String, reason: String) {
    self.file = file
    self.reason = reason
  }
}
