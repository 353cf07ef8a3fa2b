/// Gives `level` when any counting match of the groups is found.
public struct AnyRule: Sendable, Equatable {
  /// The level the rule gives.
  public var level: Int
  /// The ids of the groups whose matches count.
  public var groups: [String]
  /// Conditions every match must meet, on top of the group's own.
  public var require: [Condition]
  /// The unit of text for `specific`.
  public var scope: Scope

  /// Creates the rule.
  public init(level: Int, groups: [String], require: [Condition] = [], scope: Scope = .sentence) {
    self.level = level
    self.groups = groups
    self.require = require
    self.scope = scope
  }
}
