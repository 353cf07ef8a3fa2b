/// Decides a criterion level from the matches that count for one rule.
///
/// Each rule type of the rubric format has one evaluator, in a file of its own;
/// its `identifier` is the rule's `"type"` in the JSON.
protocol RuleEvaluator {
  /// The rule's `"type"` in the rubric JSON.
  static var identifier: String { get }
  /// The level the rule gives and the matches that earned it, or `nil` when
  /// the rule does not fire.
  /// - Parameters:
  ///   - matches: The matches of the rule's groups that meet every condition.
  ///   - context: The scanned plan and the rubric.
  func evaluate(_ matches: [IndicatorMatch], in context: RuleContext) -> RuleOutcome?
}

/// What a rule gives: a level and its evidence.
struct RuleOutcome {
  /// The level the rule gives.
  var level: Int
  /// The matches that earned it, in document order.
  var evidence: [IndicatorMatch]
}

extension Rule {
  /// The evaluator for this rule.
  var evaluator: any RuleEvaluator {
    switch self {
    case .any(let rule): return AnyRuleEvaluator(rule: rule)
    case .together(let rule): return TogetherRuleEvaluator(rule: rule)
    case .ladder(let rule): return LadderRuleEvaluator(rule: rule)
    case .count(let rule): return CountRuleEvaluator(rule: rule)
    }
  }
}
