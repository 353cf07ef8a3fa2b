/// What a merged card was merged from: the assessments used, what the engine
/// alone would have given, and what changed since each assessment was made.
///
/// Present only on merged cards (see ``CriterionAssessment``).
public struct CardAssessments: Sendable, Codable, Equatable {
  /// The assessments merged into the card, in the order they were given.
  public var assessors: [AssessorEntry]
  /// The grade the engine's levels alone give.
  public var engineGrade: Double
  /// Whether the engine's levels alone reach the pass mark.
  public var enginePassed: Bool
  /// How the card's levels were chosen, per language.
  public var rule: [String: String]

  /// Creates the merge record of a card.
  public init(
    assessors: [AssessorEntry], engineGrade: Double, enginePassed: Bool,
    rule: [String: String]
  ) {
    self.assessors = assessors
    self.engineGrade = engineGrade
    self.enginePassed = enginePassed
    self.rule = rule
  }

  enum CodingKeys: String, CodingKey {
    case assessors
    case engineGrade = "engine_grade"
    case enginePassed = "engine_passed"
    case rule
  }
}

/// One assessment merged into a card.
public struct AssessorEntry: Sendable, Codable, Equatable {
  /// The assessor's name.
  public var name: String
  /// The day the assessment was made, `YYYY-MM-DD`.
  public var date: String
  /// The assessment file as given.
  public var file: String
  /// How many criteria the assessor judged.
  public var judged: Int
  /// What changed since the assessment was made (plan or rubric), and other
  /// remarks about using it; empty when it matches the scored plan and rubric.
  public var notes: [ScorecardNote]

  /// Creates an entry.
  public init(name: String, date: String, file: String, judged: Int, notes: [ScorecardNote]) {
    self.name = name
    self.date = date
    self.file = file
    self.judged = judged
    self.notes = notes
  }
}
