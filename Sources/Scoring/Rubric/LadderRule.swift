/// Gives the level of the highest step whose `fromRung` is reached by a
/// counting match with a rung.
public struct LadderRule: Sendable, Equatable {
  /// The ids of the groups whose matches count.
  public var groups: [String]
  /// The steps, lowest `fromRung` first.
  public var levels: [LadderStep]
  /// Conditions every match must meet, on top of the group's own.
  public var require: [Condition]
  /// The unit of text for `specific`.
  public var scope: Scope

  /// Creates the rule.
  public init(
    groups: [String], levels: [LadderStep], require: [Condition] = [], scope: Scope = .sentence
  ) {
    self.groups = groups
    self.levels = levels
    self.require = require
    self.scope = scope
  }

  /// The level for the highest rung evidenced, or `nil` when no step is reached.
  public func level(forRung rung: Int) -> Int? {
    levels.filter { $0.fromRung <= rung }.map(\.level).max()
  }
}
