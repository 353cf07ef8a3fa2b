import PlanReading

// MARK: - Groups

extension RubricReader {
  /// One entry of `groups`; broken parts stand in as empty values.
  mutating func group(_ node: JSONNode, at path: String) -> IndicatorGroup {
    guard let members = object(node, at: path, shape: .group) else {
      return IndicatorGroup(id: "", description: LocalizedText([:]), indicators: [:])
    }
    let indicators = perLanguage(members["indicators"], at: members.path("indicators")) {
      reader, node, path in
      reader.elements(node, at: path)?.map { reader.indicator($0.node, at: $0.path) }
    }
    let examples = perLanguage(members["examples"], at: members.path("examples")) {
      reader, node, path in
      reader.groupExamples(node, at: path)
    }
    return IndicatorGroup(
      id: string(members["id"], at: members.path("id")) ?? "",
      description: text(members["description"], at: members.path("description"))
        ?? LocalizedText([:]),
      polarity: choice(members["polarity"], at: members.path("polarity"), what: "polarity")
        ?? .positive,
      rung: integer(members["rung"], at: members.path("rung")),
      require: choices(members["require"], at: members.path("require"), what: "condition") ?? [],
      indicators: indicators ?? [:],
      examples: examples ?? [:])
  }

  private mutating func groupExamples(_ node: JSONNode, at path: String) -> GroupExamples? {
    guard let members = object(node, at: path, shape: .groupExamples) else { return nil }
    return GroupExamples(
      match: strings(members["match"], at: members.path("match")) ?? [],
      noMatch: strings(members["noMatch"], at: members.path("noMatch")) ?? [])
  }
}

// MARK: - Indicators

extension RubricReader {
  /// An indicator: a string (the phrase) or an object. A broken one stands
  /// in as an empty phrase.
  mutating func indicator(_ node: JSONNode, at path: String) -> Indicator {
    if case .string(let phrase) = node.value { return Indicator(phrase: phrase) }
    let expected = "a phrase or an object such as {\"phrase\": \"…\", \"near\": \"…\"}"
    guard let members = object(node, at: path, shape: .indicator, expected: expected) else {
      return Indicator(phrase: "")
    }
    let near = string(members["near"], at: members.path("near"))
    let within = integer(members["within"], at: members.path("within"))
    let ordered = bool(members["ordered"], at: members.path("ordered"))
    if near == nil, members["near"] == nil {
      for key in ["within", "ordered"] where members[key] != nil {
        error(
          members.path(key),
          "`\(key)` only works together with `near`; add `near` or remove `\(key)`")
      }
    }
    return Indicator(
      phrase: string(members["phrase"], at: members.path("phrase")) ?? "",
      near: near,
      within: within ?? Indicator.defaultWithin,
      ordered: ordered ?? false,
      rung: integer(members["rung"], at: members.path("rung")),
      polarity: choice(members["polarity"], at: members.path("polarity"), what: "polarity"))
  }
}
