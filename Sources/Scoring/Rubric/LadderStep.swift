/// One step of a ladder rule: from this rung up, the criterion gets this level.
public struct LadderStep: Sendable, Equatable {
  /// The lowest rung that earns `level`.
  public var fromRung: Int
  /// The level given.
  public var level: Int

  /// Creates a step.
  public init(fromRung: Int, level: Int) {
    self.fromRung = fromRung
    self.level = level
  }
}
