/// `together`: the rule's level when every one of its groups has a counting
/// match inside one scope unit (one sentence, paragraph or section).
struct TogetherRuleEvaluator: RuleEvaluator {
  static let identifier = "together"
  /// The rule from the rubric.
  let rule: TogetherRule

  func evaluate(_ matches: [IndicatorMatch], in context: RuleContext) -> RuleOutcome? {
    let required = Set(
      rule.groups.compactMap { id in
        context.rubric.groups.firstIndex { $0.id == id }
      })
    var byUnit: [Int: [IndicatorMatch]] = [:]
    for match in matches {
      byUnit[context.unit(of: match, scope: rule.scope), default: []].append(match)
    }
    let evidence = byUnit.keys.sorted().flatMap { unit -> [IndicatorMatch] in
      let unitMatches = byUnit[unit] ?? []
      return Set(unitMatches.map(\.group)).isSuperset(of: required) ? unitMatches : []
    }
    return evidence.isEmpty ? nil : RuleOutcome(level: rule.level, evidence: evidence)
  }
}
