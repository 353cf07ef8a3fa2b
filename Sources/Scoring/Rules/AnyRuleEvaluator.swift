/// `any`: the rule's level when any counting match of its groups is found.
struct AnyRuleEvaluator: RuleEvaluator {
  static let identifier = "any"
  /// The rule from the rubric.
  let rule: AnyRule

  func evaluate(_ matches: [IndicatorMatch], in context: RuleContext) -> RuleOutcome? {
    matches.isEmpty ? nil : RuleOutcome(level: rule.level, evidence: matches)
  }
}
