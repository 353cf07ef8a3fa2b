/// Gives `level` when at least `atLeast` distinct indicators of the groups match.
public struct CountRule: Sendable, Equatable {
  /// The level the rule gives.
  public var level: Int
  /// The ids of the groups whose indicators count.
  public var groups: [String]
  /// The number of distinct indicators that must match, 1 or more.
  public var atLeast: Int
  /// Conditions every match must meet, on top of the group's own.
  public var require: [Condition]
  /// The unit of text for `specific`.
  public var scope: Scope

  /// Creates the rule.
  public init(
    level: Int, groups: [String], atLeast: Int, require: [Condition] = [],
    scope: Scope = .sentence
  ) {
    self.level = level
    self.groups = groups
    self.atLeast = atLeast
    self.require = require
    self.scope = scope
  }
}
