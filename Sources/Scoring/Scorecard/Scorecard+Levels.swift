/// Recomputing a card from levels decided elsewhere (by residents).
extension Scorecard {
  /// The card with some criterion levels replaced, and everything that
  /// depends on them recomputed with the rubric: each replaced criterion's
  /// level description and advice, the grade, the guards, the index and
  /// whether the card passes. Evidence, ladder, warnings and notes stay the
  /// engine's.
  ///
  /// - Parameters:
  ///   - levels: Criterion id to level; ids not on the card are ignored, a
  ///     level outside the rubric's scale is clamped to it.
  ///   - rubric: The rubric the card was scored with (its criteria give the
  ///     texts of each level, its aggregation the guards).
  public func replacingLevels(_ levels: [String: Int], rubric: Rubric) -> Scorecard {
    var card = self
    for index in card.criteria.indices {
      let id = card.criteria[index].id
      guard let given = levels[id], let criterion = rubric.criterion(id: id) else { continue }
      let level = min(max(given, 0), card.criteria[index].maxLevel)
      let info = criterion.levels.first { $0.value == level }
      card.criteria[index].level = level
      card.criteria[index].levelDescription = info?.description.dictionary ?? [:]
      card.criteria[index].advice = info?.advice?.dictionary ?? [:]
    }
    let grade = GradeCalculator(aggregation: rubric.aggregation).compute(
      card.criteria.map { ($0.id, $0.weight, $0.level, $0.maxLevel) })
    card.grade = grade.grade
    card.gradeUncapped = grade.uncapped
    card.cappedBy = grade.applied
    card.index = grade.index
    card.passed = grade.grade >= card.passMark - 1e-9
    return card
  }
}
