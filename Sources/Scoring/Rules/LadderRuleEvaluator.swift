/// `ladder`: the level for the highest ladder rung evidenced by counting
/// matches, through the rule's steps (`fromRung` → `level`).
struct LadderRuleEvaluator: RuleEvaluator {
  static let identifier = "ladder"
  /// The rule from the rubric.
  let rule: LadderRule

  func evaluate(_ matches: [IndicatorMatch], in context: RuleContext) -> RuleOutcome? {
    guard let top = Self.highestRung(matches, in: context) else { return nil }
    let steps = rule.levels.filter { $0.fromRung <= top.rung }
    guard let level = steps.map(\.level).max() else { return nil }
    return RuleOutcome(level: level, evidence: top.evidence)
  }

  /// The highest rung among the matches and the matches that show it.
  /// Sentences that list the ladder's forms (``ScannedSentence/listsRungs``)
  /// prove no rung.
  static func highestRung(
    _ matches: [IndicatorMatch], in context: RuleContext
  ) -> (rung: Int, evidence: [IndicatorMatch])? {
    let ranked = matches.compactMap { match in
      context.scan.sentences[match.sentence].listsRungs
        ? nil : context.rung(of: match).map { ($0, match) }
    }
    guard let rung = ranked.map(\.0).max() else { return nil }
    return (rung, ranked.filter { $0.0 == rung }.map(\.1))
  }
}
