// MARK: - Rules

extension RubricReader {
  /// One rule, chosen by its `type`. A rule of unknown type stands in as an
  /// `any` rule with whatever it names, so its group references still get checked.
  mutating func rule(_ node: JSONNode, at path: String) -> Rule {
    let expected = "a rule object such as {\"type\": \"any\", \"level\": 1, \"groups\": […]}"
    let types = ObjectShape.rules.map(\.type)
    guard let typeName = discriminator(node, at: path, expected: expected, types: types),
      let shape = ObjectShape.rules.first(where: { $0.type == typeName })?.shape
    else {
      let anyKey = ObjectShape(
        required: [], optional: uniqueKeys(ObjectShape.rules.map(\.shape)))
      let members = object(node, at: path, shape: anyKey, expected: expected)
      return .any(
        AnyRule(
          level: integer(members?["level"], at: RubricPath.member(path, "level")) ?? 1,
          groups: strings(members?["groups"], at: RubricPath.member(path, "groups")) ?? [],
          require: conditions(members, at: path), scope: scope(members, at: path)))
    }
    let members = object(node, at: path, shape: shape)
    let level = integer(members?["level"], at: RubricPath.member(path, "level")) ?? 1
    let groups = strings(members?["groups"], at: RubricPath.member(path, "groups")) ?? []
    let require = conditions(members, at: path)
    let scope = scope(members, at: path)
    switch typeName {
    case "together":
      return .together(TogetherRule(level: level, groups: groups, require: require, scope: scope))
    case "ladder":
      let steps = elements(members?["levels"], at: RubricPath.member(path, "levels"))?.map {
        ladderStep($0.node, at: $0.path)
      }
      return .ladder(
        LadderRule(groups: groups, levels: steps ?? [], require: require, scope: scope))
    case "count":
      let atLeast = integer(members?["atLeast"], at: RubricPath.member(path, "atLeast")) ?? 1
      return .count(
        CountRule(
          level: level, groups: groups, atLeast: atLeast, require: require, scope: scope))
    default:
      return .any(AnyRule(level: level, groups: groups, require: require, scope: scope))
    }
  }

  private mutating func ladderStep(_ node: JSONNode, at path: String) -> LadderStep {
    let members = object(node, at: path, shape: .ladderStep)
    return LadderStep(
      fromRung: integer(members?["fromRung"], at: RubricPath.member(path, "fromRung")) ?? 0,
      level: integer(members?["level"], at: RubricPath.member(path, "level")) ?? 0)
  }

  private mutating func conditions(_ members: Members?, at path: String) -> [Condition] {
    choices(members?["require"], at: RubricPath.member(path, "require"), what: "condition") ?? []
  }

  private mutating func scope(_ members: Members?, at path: String) -> Scope {
    choice(members?["scope"], at: RubricPath.member(path, "scope"), what: "scope") ?? .sentence
  }
}

// MARK: - Aggregation

extension RubricReader {
  /// `aggregation`: the pass mark and the guards.
  mutating func aggregation(_ node: JSONNode?, at path: String) -> Aggregation {
    guard let node, let members = object(node, at: path, shape: .aggregation) else {
      return Aggregation(passMark: 5.5)
    }
    let guards = elements(members["guards"], at: members.path("guards"))?.map {
      gradeGuard($0.node, at: $0.path)
    }
    return Aggregation(
      passMark: number(members["passMark"], at: members.path("passMark")) ?? 5.5,
      guards: guards ?? [])
  }

  /// One guard, chosen by its `type`; a broken one stands in as a guard that
  /// never lowers a grade.
  private mutating func gradeGuard(_ node: JSONNode, at path: String) -> GradeGuard {
    let expected = "a guard object such as {\"type\": \"zero_count\", \"atLeast\": 2, \"cap\": 5.4}"
    let types = ObjectShape.guards.map(\.type)
    let neutral = GradeGuard.zeroCount(atLeast: 1, cap: 10)
    guard let typeName = discriminator(node, at: path, expected: expected, types: types),
      let shape = ObjectShape.guards.first(where: { $0.type == typeName })?.shape
    else {
      let anyKey = ObjectShape(
        required: [], optional: uniqueKeys(ObjectShape.guards.map(\.shape)))
      _ = object(node, at: path, shape: anyKey, expected: expected)
      return neutral
    }
    let members = object(node, at: path, shape: shape)
    let cap = number(members?["cap"], at: RubricPath.member(path, "cap")) ?? 10
    if typeName == "criterion_zero" {
      let criterion = string(members?["criterion"], at: RubricPath.member(path, "criterion"))
      return criterion.map { .criterionZero(criterion: $0, cap: cap) } ?? neutral
    }
    let atLeast = integer(members?["atLeast"], at: RubricPath.member(path, "atLeast"))
    return atLeast.map { .zeroCount(atLeast: $0, cap: cap) } ?? neutral
  }
}

// MARK: - The `type` key

extension RubricReader {
  /// The `type` of a rule or guard when it is one of `types`; `nil` (with a
  /// problem) when the value is no object, or the type is missing or unknown.
  private mutating func discriminator(
    _ node: JSONNode, at path: String, expected: String, types: [String]
  ) -> String? {
    guard case .object(let members) = node.value else { return nil }
    let typePath = RubricPath.member(path, "type")
    let list = types.map { "`\($0)`" }.joined(separator: ", ")
    guard let typeNode = members.first(where: { $0.key == "type" })?.value else {
      error(typePath, "missing required key `type`; add one of: \(list)", at: node.position)
      return nil
    }
    guard let name = string(typeNode, at: typePath) else { return nil }
    guard types.contains(name) else {
      error(typePath, Suggestion.unknownValueMessage("type", name, valid: types))
      return nil
    }
    return name
  }

  private func uniqueKeys(_ shapes: [ObjectShape]) -> [String] {
    var keys: [String] = []
    for key in shapes.flatMap(\.known) where !keys.contains(key) { keys.append(key) }
    return keys
  }
}
