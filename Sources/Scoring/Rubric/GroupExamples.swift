/// Test sentences for a group in one language.
public struct GroupExamples: Sendable, Equatable {
  /// Sentences that must give a counting match of the group.
  public var match: [String]
  /// Sentences that must not give a counting match of the group.
  public var noMatch: [String]

  /// Creates the examples.
  public init(match: [String] = [], noMatch: [String] = []) {
    self.match = match
    self.noMatch = noMatch
  }
}
