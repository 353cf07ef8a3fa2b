/// How a criterion's level is decided from the matches of its groups. Written
/// in a rubric as an object whose `type` is `any`, `together`, `ladder` or `count`.
public enum Rule: Sendable, Equatable {
  /// `level` when any counting match of the groups is found.
  case any(AnyRule)
  /// `level` when every group has a counting match inside one scope unit.
  case together(TogetherRule)
  /// The level for the highest rung evidenced by counting matches with a rung.
  case ladder(LadderRule)
  /// `level` when at least `atLeast` distinct indicators of the groups match.
  case count(CountRule)

  /// The `type` the rule is written with: `any`, `together`, `ladder` or `count`.
  public var type: String {
    switch self {
    case .any: "any"
    case .together: "together"
    case .ladder: "ladder"
    case .count: "count"
    }
  }

  /// The ids of the groups the rule uses.
  public var groups: [String] {
    switch self {
    case .any(let rule): rule.groups
    case .together(let rule): rule.groups
    case .ladder(let rule): rule.groups
    case .count(let rule): rule.groups
    }
  }

  /// The conditions every match the rule uses must meet, on top of the group's own.
  public var require: [Condition] {
    switch self {
    case .any(let rule): rule.require
    case .together(let rule): rule.require
    case .ladder(let rule): rule.require
    case .count(let rule): rule.require
    }
  }

  /// The unit of text for co-occurrence and for `specific`.
  public var scope: Scope {
    switch self {
    case .any(let rule): rule.scope
    case .together(let rule): rule.scope
    case .ladder(let rule): rule.scope
    case .count(let rule): rule.scope
    }
  }
}
