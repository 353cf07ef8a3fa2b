import Scoring

extension Assessment {
  /// An assessment of the plan on `card`: the assessor's levels where given,
  /// the engine's level where not (an accepted level agrees with the engine).
  ///
  /// - Parameters:
  ///   - card: The engine's scorecard the assessor was shown.
  ///   - levels: Criterion id to the assessor's level, for the criteria where
  ///     they gave another level than the engine's.
  ///   - remarks: Criterion id to the assessor's remark.
  ///   - evidenceLimit: How many of the engine's quotes to keep per criterion.
  public init(
    card: Scorecard, assessor: String, date: String, language: String,
    levels: [String: Int] = [:], remarks: [String: String] = [:], evidenceLimit: Int = 3
  ) {
    self.init(
      assessor: assessor, date: date, language: language, plan: card.plan,
      rubric: card.rubric, engineVersion: card.engineVersion, engineGrade: card.grade,
      criteria: card.criteria.map { criterion in
        AssessedCriterion(
          id: criterion.id, level: levels[criterion.id] ?? criterion.level,
          engineLevel: criterion.level, remark: remarks[criterion.id],
          engineEvidence: Array(criterion.evidence.prefix(evidenceLimit)))
      })
  }
}
