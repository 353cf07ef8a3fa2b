import PlanReading

// MARK: - Rules

extension ValidationPass {
  /// A rule: known groups, levels on the scale, the keys of its type, and
  /// whether it can fire at all.
  mutating func checkRule(_ rule: Rule, at path: String) {
    let groupsPath = RubricPath.member(path, "groups")
    if rule.groups.isEmpty {
      error(groupsPath, "no groups; name at least one group from `groups`")
    }
    for (index, id) in rule.groups.enumerated() {
      checkReference(
        id, at: RubricPath.element(groupsPath, index), known: rubric.groups.map(\.id),
        what: "group", list: "groups", needs: [.groupIDs])
    }
    switch rule {
    case .any(let any):
      checkRuleLevel(any.level, at: path)
    case .together(let together):
      checkRuleLevel(together.level, at: path)
      if Set(together.groups).count < 2 {
        error(
          groupsPath,
          "a `together` rule needs two or more different groups; use `any` for one group")
      }
    case .ladder(let ladder):
      checkLadderSteps(ladder, at: path)
    case .count(let count):
      checkRuleLevel(count.level, at: path)
      if count.atLeast < 1 {
        error(
          RubricPath.member(path, "atLeast"), "atLeast must be 1 or more, found \(count.atLeast)")
      }
    }
    checkFiring(rule, at: path)
  }

  private mutating func checkRuleLevel(_ level: Int, at path: String) {
    let levelPath = RubricPath.member(path, "level")
    checkLevel(level, at: levelPath)
    if level == 0 {
      warning(levelPath, "level 0 never raises the criterion; without a rule that fires it is 0")
    }
  }

  private mutating func checkLadderSteps(_ ladder: LadderRule, at path: String) {
    let levelsPath = RubricPath.member(path, "levels")
    if ladder.levels.isEmpty {
      error(levelsPath, "no steps; add steps such as {\"fromRung\": 2, \"level\": 1}")
    }
    var previous: LadderStep?
    for (index, step) in ladder.levels.enumerated() {
      let stepPath = RubricPath.element(levelsPath, index)
      checkRung(step.fromRung, at: RubricPath.member(stepPath, "fromRung"))
      checkLevel(step.level, at: RubricPath.member(stepPath, "level"))
      if let previous, step.fromRung <= previous.fromRung {
        error(
          RubricPath.member(stepPath, "fromRung"),
          "steps must go up: fromRung \(step.fromRung) comes after fromRung "
            + "\(previous.fromRung); list the steps lowest rung first")
      } else if let previous, step.level < previous.level {
        warning(
          RubricPath.member(stepPath, "level"),
          "level \(step.level) is lower than the level of the step below it; the higher level "
            + "always wins, so this step is never used")
      }
      previous = step
    }
  }
}

// MARK: - Rules that can never fire

extension ValidationPass {
  /// Reports a rule that can fire in no language as an error, and one that
  /// cannot fire in some of the rubric's languages as a warning.
  private mutating func checkFiring(_ rule: Rule, at path: String) {
    let groups = rule.groups.compactMap { rubric.group(id: $0) }
    guard !groups.isEmpty, !rubric.languages.isEmpty else { return }
    let needs: Set<ValidationTopic> = [.groupIDs, .indicators, .languages]
    let empty = groups.filter { group in group.indicators.values.allSatisfy(\.isEmpty) }
    if empty.count == groups.count || (rule.type == "together" && !empty.isEmpty) {
      let names = empty.map { "`\($0.id)`" }.joined(separator: ", ")
      error(
        path,
        "this rule can never fire: \(names) \(empty.count == 1 ? "has" : "have") no indicators "
          + "in any language; add indicators", needs: needs)
      return
    }
    if case .ladder(let ladder) = rule {
      checkReachableSteps(ladder, groups: groups, at: path)
    }
    let silent = rubric.languages.filter { !fires(rule, groups: groups, in: $0) }
    if silent.count == rubric.languages.count, let reason = neverFiresReason(rule, groups: groups) {
      error(path, "this rule can never fire: \(reason)", needs: needs)
    } else if !silent.isEmpty, silent.count < rubric.languages.count {
      let names = silent.map { "`\($0.rawValue)`" }.joined(separator: ", ")
      warning(
        path,
        "this rule can never fire on \(names) plans: its groups lack (enough) indicators in "
          + "that language; add some", needs: needs)
    }
  }

  /// Reports ladder steps above every rung the groups' indicators carry.
  private mutating func checkReachableSteps(
    _ ladder: LadderRule, groups: [IndicatorGroup], at path: String
  ) {
    let highest = PlanLanguage.allCases.compactMap { highestRung(of: groups, in: $0) }.max()
    for (index, step) in ladder.levels.enumerated() where step.fromRung > (highest ?? -1) {
      let carried =
        highest.map { "the highest rung its groups' indicators carry is \($0)" }
        ?? "its groups' indicators carry no rung"
      error(
        "\(path).levels[\(index)].fromRung",
        "this step can never be reached: \(carried); lower fromRung or give indicators a "
          + "higher `rung`", needs: [.groupIDs, .indicators])
    }
  }

  /// Whether the rule can fire on a plan in `language`, judging by the
  /// indicators alone.
  private func fires(_ rule: Rule, groups: [IndicatorGroup], in language: PlanLanguage) -> Bool {
    let counts = groups.map { $0.indicators[language]?.count ?? 0 }
    switch rule {
    case .any: return counts.contains { $0 > 0 }
    case .together: return !counts.contains(0)
    case .count(let count):
      return distinctIndicators(of: groups, in: language) >= max(count.atLeast, 1)
    case .ladder(let ladder):
      guard let highest = highestRung(of: groups, in: language) else { return false }
      return ladder.levels.contains { $0.fromRung <= highest }
    }
  }

  /// Why a rule whose groups have indicators still fires in no language.
  private func neverFiresReason(_ rule: Rule, groups: [IndicatorGroup]) -> String? {
    switch rule {
    case .any: return nil
    case .together: return "no language has indicators for all of its groups"
    case .count(let count):
      let most = PlanLanguage.allCases.map { distinctIndicators(of: groups, in: $0) }.max() ?? 0
      return "atLeast is \(count.atLeast) but its groups have at most \(most) distinct "
        + "indicators in one language; lower atLeast or add indicators"
    case .ladder:
      return nil  // every step is unreachable, and each was reported on its own
    }
  }

  private func distinctIndicators(of groups: [IndicatorGroup], in language: PlanLanguage) -> Int {
    Set(groups.flatMap { ($0.indicators[language] ?? []).map(Self.matchKey) }).count
  }

  private func highestRung(of groups: [IndicatorGroup], in language: PlanLanguage) -> Int? {
    groups.flatMap { group in
      (group.indicators[language] ?? []).compactMap { group.rung(of: $0) }
    }.max()
  }
}
