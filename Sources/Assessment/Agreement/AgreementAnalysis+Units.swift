extension AgreementAnalysis {
  // MARK: - Units

  /// Every plan × criterion that some used assessment judged, plan by plan in
  /// criterion order, with a note where the engine's recorded level differs
  /// between the assessments of a plan.
  /// - Parameters:
  ///   - residents: The assessor names, in coder order.
  ///   - labels: The plans' names, for notes.
  func makeUnits(
    _ groups: [PlanGroup], criteria: [String], residents: [String], labels: [String],
    notes: inout [AgreementNote]
  ) -> [Unit] {
    var units: [Unit] = []
    for (planIndex, group) in groups.enumerated() {
      for (criterionIndex, id) in criteria.enumerated() where group.judged(id) {
        let recorded = group.engineLevels(id)
        let engineLevel = recorded.last ?? nil
        let distinct = Set(recorded.map { $0 ?? -1 })
        if distinct.count > 1 {
          notes.append(
            .engineLevelsDiffer(
              plan: labels[planIndex], criterion: id,
              levels: distinct.sorted().map { $0 < 0 ? nil : $0 }, used: engineLevel))
        }
        var levels = residents.map { group.judgement(of: id, by: $0)?.level }
        if options.withEngine { levels.append(engineLevel) }
        units.append(
          Unit(
            plan: planIndex, criterion: criterionIndex, levels: levels,
            engineLevel: engineLevel))
      }
    }
    return units
  }

  // MARK: - Widest disagreement

  /// The units where two or more coders gave different levels: widest range
  /// first, then most distinct levels, then rubric order, then plan order.
  static func rankDisagreements(_ units: [Unit]) -> [Unit] {
    units.filter { unit in
      let given = unit.given
      return given.count >= 2 && Set(given).count > 1
    }.sorted { left, right in
      let a = (range(left.given), Set(left.given).count)
      let b = (range(right.given), Set(right.given).count)
      if a != b { return a > b }
      return (left.criterion, left.plan) < (right.criterion, right.plan)
    }
  }

  /// The highest level minus the lowest; 0 for no levels.
  static func range(_ levels: [Int]) -> Int {
    (levels.max() ?? 0) - (levels.min() ?? 0)
  }

  /// A unit as a ``Disagreement``: each resident's level and remark, and the
  /// engine's quotes they were shown, each once with who saw it.
  func disagreement(
    _ unit: Unit, groups: [PlanGroup], criteria: [String], residents: [String],
    labels: [String]
  ) -> Disagreement {
    let group = groups[unit.plan]
    let id = criteria[unit.criterion]
    var judgements: [Disagreement.Judgement] = []
    var quotes: [Disagreement.ShownQuote] = []
    for name in residents {
      guard let judged = group.judgement(of: id, by: name) else { continue }
      if let level = judged.level {
        judgements.append(.init(assessor: name, level: level, remark: judged.remark))
      }
      for evidence in judged.engineEvidence {
        if let index = quotes.firstIndex(where: {
          $0.quote == evidence.quote && $0.line == evidence.line && $0.page == evidence.page
        }) {
          if !quotes[index].shownTo.contains(name) { quotes[index].shownTo.append(name) }
        } else {
          quotes.append(
            .init(
              quote: evidence.quote, headingPath: evidence.headingPath, line: evidence.line,
              page: evidence.page, group: evidence.group, indicator: evidence.indicator,
              shownTo: [name]))
        }
      }
    }
    let given = unit.given
    return Disagreement(
      plan: labels[unit.plan], planSHA256: group.sha256, criterion: id, title: title(of: id),
      range: Self.range(given), distinctLevels: Set(given).count, engineLevel: unit.engineLevel,
      judgements: judgements, quotes: quotes)
  }
}
