import PlanReading

// MARK: - Criteria

extension ValidationPass {
  /// The criteria: ids, texts, weights, one level per scale value, rules and examples.
  mutating func checkCriteria() {
    checkUnique(
      rubric.criteria.enumerated().map { ($0.element.id, "criteria[\($0.offset)].id") },
      what: "criterion id")
    for (index, criterion) in rubric.criteria.enumerated() {
      let path = RubricPath.element("criteria", index)
      checkID(criterion.id, at: RubricPath.member(path, "id"))
      checkText(criterion.title, at: RubricPath.member(path, "title"))
      checkText(criterion.question, at: RubricPath.member(path, "question"))
      if !(criterion.weight > 0) || !criterion.weight.isFinite {
        error(
          RubricPath.member(path, "weight"),
          "weight must be greater than 0, found \(Self.format(criterion.weight)); give a "
            + "positive weight, or use `notApplicableFor` to leave the criterion out")
      } else if criterion.weight > Criterion.maximumWeight {
        error(
          RubricPath.member(path, "weight"),
          "weight must be at most \(Self.format(Criterion.maximumWeight)), found "
            + "\(Self.format(criterion.weight)); weights only count relative to each other, "
            + "so give small numbers such as 1, 2 or 3")
      }
      checkCriterionLevels(criterion.levels, at: RubricPath.member(path, "levels"))
      if criterion.rules.isEmpty {
        error(
          RubricPath.member(path, "rules"),
          "no rules; add at least one, or the criterion always scores 0")
      }
      for (position, rule) in criterion.rules.enumerated() {
        checkRule(rule, at: "\(path).rules[\(position)]")
      }
      checkCriterionExamples(criterion, at: RubricPath.member(path, "examples"))
    }
  }

  /// One level per scale value in scale order, each described, advice below the top.
  private mutating func checkCriterionLevels(_ levels: [CriterionLevel], at path: String) {
    let expected = rubric.scale.levels.map(\.value)
    let found = levels.map(\.value)
    if found != expected {
      let list = { (values: [Int]) in values.map(String.init).joined(separator: ", ") }
      error(
        path,
        "expected one level per scale value, in order (\(list(expected))); found "
          + "\(found.isEmpty ? "none" : list(found))",
        needs: [.scale])
    }
    for (index, level) in levels.enumerated() {
      let levelPath = RubricPath.element(path, index)
      checkText(level.description, at: RubricPath.member(levelPath, "description"))
      checkText(level.advice, at: RubricPath.member(levelPath, "advice"))
      if level.advice == nil, level.value < rubric.scale.maxLevel {
        warning(
          RubricPath.member(levelPath, "advice"),
          "no advice; say what a plan must add to reach the next level", needs: [.scale])
      }
    }
  }

  private mutating func checkCriterionExamples(_ criterion: Criterion, at path: String) {
    checkLanguages(criterion.examples, at: path, what: "examples", complete: false)
    var count = 0
    for language in PlanLanguage.allCases {
      guard let lists = criterion.examples[language] else { continue }
      let base = RubricPath.member(path, language.rawValue)
      count += lists.match.count + lists.noMatch.count
      for (index, example) in lists.match.enumerated() {
        let examplePath = "\(base).match[\(index)]"
        if example.text.allSatisfy(\.isWhitespace) {
          error(RubricPath.member(examplePath, "text"), "empty example; write a text or remove it")
        }
        checkLevel(example.level, at: RubricPath.member(examplePath, "level"))
      }
      for (index, text) in lists.noMatch.enumerated() where text.allSatisfy(\.isWhitespace) {
        error("\(base).noMatch[\(index)]", "empty example; write a text or remove it")
      }
    }
    if count == 0 {
      warning(
        path,
        "criterion `\(criterion.id)` has no examples; add texts with the level they must get, "
          + "so its rules can be tested against them")
    }
  }

  /// A number as written in a rubric: `2` rather than `2.0`.
  static func format(_ number: Double) -> String {
    number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
  }
}
