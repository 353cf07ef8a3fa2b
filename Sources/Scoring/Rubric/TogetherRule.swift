/// Gives `level` when every group has a counting match inside one scope unit
/// (one sentence, paragraph or section).
public struct TogetherRule: Sendable, Equatable {
  /// The level the rule gives.
  public var level: Int
  /// The ids of the groups that must all match; two or more.
  public var groups: [String]
  /// Conditions every match must meet, on top of the group's own.
  public var require: [Condition]
  /// The unit of text the groups must share.
  public var scope: Scope

  /// Creates the rule.
  public init(level: Int, groups: [String], require: [Condition] = [], scope: Scope = .sentence) {
    self.level = level
    self.groups = groups
    self.require = require
    self.scope = scope
  }
}
