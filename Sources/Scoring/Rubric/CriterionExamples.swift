/// Test texts for a criterion in one language.
public struct CriterionExamples: Sendable, Equatable {
  /// Texts that, scored on their own, must get exactly their level.
  public var match: [LevelExample]
  /// Texts that, scored on their own, must get level 0.
  public var noMatch: [String]

  /// Creates the examples.
  public init(match: [LevelExample] = [], noMatch: [String] = []) {
    self.match = match
    self.noMatch = noMatch
  }
}
