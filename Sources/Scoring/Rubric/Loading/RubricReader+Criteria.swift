import PlanReading

// MARK: - Criteria

extension RubricReader {
  /// One entry of `criteria`; broken parts stand in as neutral values.
  mutating func criterion(_ node: JSONNode, at path: String) -> Criterion {
    guard let members = object(node, at: path, shape: .criterion) else {
      return Criterion(
        id: "", title: LocalizedText([:]), question: LocalizedText([:]), levels: [], rules: [])
    }
    let levels = elements(members["levels"], at: members.path("levels"))?.enumerated().map {
      index, element in
      criterionLevel(element.node, at: element.path, index: index)
    }
    let rules = elements(members["rules"], at: members.path("rules"))?.map {
      rule($0.node, at: $0.path)
    }
    let examples = perLanguage(members["examples"], at: members.path("examples")) {
      reader, node, path in
      reader.criterionExamples(node, at: path)
    }
    return Criterion(
      id: string(members["id"], at: members.path("id")) ?? "",
      title: text(members["title"], at: members.path("title")) ?? LocalizedText([:]),
      question: text(members["question"], at: members.path("question")) ?? LocalizedText([:]),
      weight: number(members["weight"], at: members.path("weight")) ?? 1,
      phase: choice(members["phase"], at: members.path("phase"), what: "phase"),
      notApplicableFor: choices(
        members["notApplicableFor"], at: members.path("notApplicableFor"),
        what: "document kind") ?? [],
      levels: levels ?? [],
      rules: rules ?? [],
      examples: examples ?? [:])
  }

  /// One entry of a criterion's `levels`; a broken value stands in as its index.
  private mutating func criterionLevel(
    _ node: JSONNode, at path: String, index: Int
  ) -> CriterionLevel {
    let members = object(node, at: path, shape: .criterionLevel)
    return CriterionLevel(
      value: integer(members?["value"], at: RubricPath.member(path, "value")) ?? index,
      description: text(members?["description"], at: RubricPath.member(path, "description"))
        ?? LocalizedText([:]),
      advice: text(members?["advice"], at: RubricPath.member(path, "advice")))
  }

  private mutating func criterionExamples(
    _ node: JSONNode, at path: String
  ) -> CriterionExamples? {
    guard let members = object(node, at: path, shape: .criterionExamples) else { return nil }
    let matches = elements(members["match"], at: members.path("match"))?.map { element in
      let example = object(element.node, at: element.path, shape: .levelExample)
      return LevelExample(
        text: string(example?["text"], at: RubricPath.member(element.path, "text")) ?? "",
        level: integer(example?["level"], at: RubricPath.member(element.path, "level")) ?? 0)
    }
    return CriterionExamples(
      match: matches ?? [],
      noMatch: strings(members["noMatch"], at: members.path("noMatch")) ?? [])
  }
}
