import PlanReading

/// Decides the level of one criterion from a scanned plan.
struct CriterionScorer {
  /// The criterion to score.
  let criterion: Criterion
  /// The scanned plan and rubric.
  let context: RuleContext
  /// Turns matches into evidence.
  let builder: EvidenceBuilder

  /// At most this many evidence items are kept per criterion.
  static let evidenceLimit = 5
  /// At most this many discounted matches are kept per criterion.
  static let discountedLimit = 3

  /// The criterion's result for a document of the given kind.
  func result(kind: DocumentKind) -> CriterionResult {
    let rubric = context.rubric
    let maxLevel = rubric.scale.maxLevel
    var result = CriterionResult(
      id: criterion.id, title: criterion.title.dictionary,
      question: criterion.question.dictionary, weight: criterion.weight,
      phase: criterion.phase?.rawValue, level: nil, maxLevel: maxLevel,
      levelDescription: rubric.scale.notApplicable.dictionary, advice: [:], decidedBy: nil,
      evidence: [], evidenceCount: 0, discounted: [])
    if criterion.notApplicableFor.contains(kind) { return result }

    var best: (outcome: RuleOutcome, type: String, rule: Rule)?
    var discounted: [(IndicatorMatch, [Condition])] = []
    for rule in criterion.rules {
      let (counting, failing) = split(rule)
      // What a near miss shows is a sentence about this criterion: the
      // vocabulary of a rule one sentence can meet. A `together` rule's
      // groups each need a partner, and alone say little about it.
      if rule.type != TogetherRuleEvaluator.identifier { discounted += failing }
      let evaluator = rule.evaluator
      guard let outcome = evaluator.evaluate(counting, in: context) else { continue }
      if outcome.level > best?.outcome.level ?? -1 {
        best = (outcome, type(of: evaluator).identifier, rule)
      }
    }
    let level = best?.outcome.level ?? 0
    let levelInfo = criterion.levels.first { $0.value == level }
    result.level = level
    result.levelDescription = levelInfo?.description.dictionary ?? [:]
    result.advice = levelInfo?.advice?.dictionary ?? [:]
    result.decidedBy = best?.type
    let evidence = Self.ranked(
      best?.outcome.evidence ?? [], in: context.scan,
      groupOrder: best.map { groupOrder(of: $0.rule) } ?? [:])
    result.evidenceCount = evidence.count
    result.evidence = evidence.prefix(Self.evidenceLimit).map {
      builder.evidence(for: $0, failed: [])
    }
    let shown = Set(evidence.map(\.sentence))
    result.discounted = Self.uniqueBySentence(
      discounted.filter { !shown.contains($0.0.sentence) }.map(\.0)
    ).prefix(Self.discountedLimit).map { match in
      let failed = discounted.first { $0.0.sentence == match.sentence }?.1 ?? []
      return builder.evidence(for: match, failed: failed)
    }
    return result
  }

  /// The matches of the rule's groups that count, and those that fail a condition.
  private func split(_ rule: Rule) -> ([IndicatorMatch], [(IndicatorMatch, [Condition])]) {
    let rubric = context.rubric
    // Whether each of the rubric's groups is one of the rule's, by group index.
    var inRule = [Bool](repeating: false, count: rubric.groups.count)
    for id in rule.groups {
      if let index = rubric.groups.firstIndex(where: { $0.id == id }) { inRule[index] = true }
    }
    var counting: [IndicatorMatch] = []
    var failing: [(IndicatorMatch, [Condition])] = []
    for match in context.scan.matches where inRule[match.group] {
      if context.scan.sentences[match.sentence].isHeading && rule.scope != .section { continue }
      let group = rubric.groups[match.group]
      let failed =
        context.failed(group.require, by: match, scope: .sentence)
        + context.failed(rule.require, by: match, scope: rule.scope)
      if failed.isEmpty {
        counting.append(match)
      } else {
        failing.append((match, failed))
      }
    }
    return (counting, failing)
  }

  /// For an `any` rule, the position of each of its groups in the rule: the
  /// rubric lists the groups that prove the level best first (a statement of
  /// the residents' role before a report of a meeting). Other rules need
  /// every group, so none comes first.
  private func groupOrder(of rule: Rule) -> [Int: Int] {
    guard case .any = rule else { return [:] }
    var order: [Int: Int] = [:]
    for (position, id) in rule.groups.enumerated() {
      if let index = context.rubric.groups.firstIndex(where: { $0.id == id }) {
        order[index] = order[index] ?? position
      }
    }
    return order
  }

  /// Matches strongest first, one per sentence: the deciding quote leads.
  ///
  /// Prose comes before headings and lead-ins. A match is stronger when its group comes
  /// earlier in the deciding rule
  /// (`groupOrder`), then when it stands in a section where participation is
  /// reported, when its own sentence names the residents as the actor, and
  /// when its sentence holds a specific detail; among equals, document order.
  static func ranked(
    _ matches: [IndicatorMatch], in scan: DocumentScan, groupOrder: [Int: Int] = [:]
  ) -> [IndicatorMatch] {
    func strength(_ match: IndicatorMatch) -> Int {
      let sentence = scan.sentences[match.sentence]
      var strength = 0
      if sentence.inParticipationSection { strength += 4 }
      if match.context.actor == .residents, match.context.actorFrom == nil { strength += 2 }
      if sentence.hasSpecifics { strength += 1 }
      return strength
    }
    // A sentence counts with its best match.
    var best: [Int: (position: Int, strength: Int)] = [:]
    for match in matches {
      let key = (position: groupOrder[match.group] ?? 0, strength: strength(match))
      if let known = best[match.sentence],
        (known.position, -known.strength) <= (key.position, -key.strength)
      {
        continue
      }
      best[match.sentence] = key
    }
    // A heading (it counts only for section-scope rules) or a sentence that
    // only introduces what follows (it ends in a colon) is never the deciding
    // quote while another sentence can be shown.
    func rank(_ match: IndicatorMatch) -> (Int, Int, Int, Int) {
      let key = best[match.sentence] ?? (0, 0)
      let sentence = scan.sentences[match.sentence]
      let heading = sentence.isHeading || sentence.isLeadIn ? 1 : 0
      return (heading, key.position, -key.strength, match.sentence)
    }
    return uniqueBySentence(matches).sorted { rank($0) < rank($1) }
  }

  /// Matches in document order, one per sentence.
  static func uniqueBySentence(_ matches: [IndicatorMatch]) -> [IndicatorMatch] {
    var seen = Set<Int>()
    return matches.sorted {
      ($0.sentence, $0.tokens.lowerBound) < ($1.sentence, $1.tokens.lowerBound)
    }
    .filter { seen.insert($0.sentence).inserted }
  }
}
