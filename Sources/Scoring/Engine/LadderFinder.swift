/// Finds the highest rung of the participation ladder a plan reaches.
///
/// It uses the first `ladder` rule of the rubric's criteria, with that rule's
/// conditions, so the headline rung and the influence criterion agree; without
/// a ladder rule, every group with a rung counts under its own conditions.
struct LadderFinder {
  /// The scanned plan and rubric.
  let context: RuleContext
  /// Turns matches into evidence.
  let builder: EvidenceBuilder

  /// The plan's rung with the sentence that proves it.
  func result() -> LadderResult {
    let rubric = context.rubric
    let ladderRule = rubric.criteria.lazy.flatMap(\.rules).compactMap { rule -> LadderRule? in
      if case .ladder(let ladder) = rule { return ladder }
      return nil
    }.first
    let groups: Set<Int>
    let require: [Condition]
    let scope: Scope
    if let ladderRule {
      groups = Set(ladderRule.groups.compactMap { id in rubric.groups.firstIndex { $0.id == id } })
      require = ladderRule.require
      scope = ladderRule.scope
    } else {
      groups = Set(rubric.groups.indices)
      require = []
      scope = .sentence
    }
    let counting = context.scan.matches.filter { match in
      groups.contains(match.group) && !context.scan.sentences[match.sentence].isHeading
        && context.failed(rubric.groups[match.group].require, by: match, scope: .sentence).isEmpty
        && context.failed(require, by: match, scope: scope).isEmpty
        && context.rung(of: match) != nil
    }
    let top = LadderRuleEvaluator.highestRung(counting, in: context)
    let rung = top?.rung ?? 0
    let info = rubric.ladder.first { $0.rung == rung }
    let proof = CriterionScorer.ranked(top?.evidence ?? [], in: context.scan).first
    return LadderResult(
      rung: rung, id: info?.id ?? "\(rung)", label: info?.label.dictionary ?? [:],
      evidence: proof.map { builder.evidence(for: $0, failed: []) })
  }
}
