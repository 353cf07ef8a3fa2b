/// What `scorecard agreement` computes besides the figures for the residents.
public struct AgreementOptions: Sendable, Equatable {
  /// Whether the engine counts as one more coder, with the `engine_level` the
  /// assessments recorded as its levels.
  public var withEngine: Bool
  /// How many of the widest disagreements to list.
  public var top: Int
  /// Whether to count, per indicator, how often residents kept or overruled
  /// the level it produced.
  public var rubricFeedback: Bool

  /// Creates options; the defaults are the residents only, the top 5
  /// disagreements and no rubric feedback.
  public init(withEngine: Bool = false, top: Int = 5, rubricFeedback: Bool = false) {
    self.withEngine = withEngine
    self.top = top
    self.rubricFeedback = rubricFeedback
  }
}
