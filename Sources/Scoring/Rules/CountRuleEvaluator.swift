/// `count`: the rule's level when at least `atLeast` distinct indicators of
/// its groups have counting matches.
struct CountRuleEvaluator: RuleEvaluator {
  static let identifier = "count"
  /// The rule from the rubric.
  let rule: CountRule

  func evaluate(_ matches: [IndicatorMatch], in context: RuleContext) -> RuleOutcome? {
    struct Key: Hashable {
      var group: Int
      var indicator: Int
    }
    let distinct = Set(matches.map { Key(group: $0.group, indicator: $0.indicator) })
    return distinct.count >= rule.atLeast ? RuleOutcome(level: rule.level, evidence: matches) : nil
  }
}
