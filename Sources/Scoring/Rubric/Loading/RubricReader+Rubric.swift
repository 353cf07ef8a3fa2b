import PlanReading

// MARK: - Top level

extension RubricReader {
  /// The problem with the `format` of the file, checked before anything else:
  /// a file of another format would otherwise drown in unrelated problems.
  /// `nil` when the format is 1, or missing or mistyped (reported later).
  static func unsupportedFormat(in root: JSONNode) -> RubricProblem? {
    guard case .object(let members) = root.value,
      let member = members.first(where: { $0.key == "format" }),
      case .number(let format) = member.value.value,
      format != Double(Rubric.supportedFormat)
    else { return nil }
    let shown =
      format.rounded() == format && abs(format) < 1e15 ? String(Int(format)) : String(format)
    return RubricProblem(
      path: "format",
      message: "format \(shown) is not supported; this scorecard reads format "
        + "\(Rubric.supportedFormat)",
      line: member.keyPosition.line, column: member.keyPosition.column)
  }

  /// Reads a whole rubric. Always returns a model; it is only sound when no
  /// error was recorded.
  mutating func rubric(_ root: JSONNode, contentHash: String) -> Rubric {
    let top = object(root, at: "", shape: .rubric)
    _ = string(top?["$schema"], at: "$schema")
    let languages: [PlanLanguage] =
      choices(top?["languages"], at: "languages", what: "language") ?? []
    let defaultLanguage: PlanLanguage? =
      choice(top?["defaultLanguage"], at: "defaultLanguage", what: "language")
    let (context, negationWindow) = context(top?["context"], at: "context")
    return Rubric(
      format: integer(top?["format"], at: "format") ?? Rubric.supportedFormat,
      id: string(top?["id"], at: "id") ?? "",
      version: string(top?["version"], at: "version") ?? "",
      languages: languages,
      defaultLanguage: defaultLanguage ?? languages.first ?? .nl,
      title: text(top?["title"], at: "title") ?? LocalizedText([:]),
      description: text(top?["description"], at: "description") ?? LocalizedText([:]),
      scale: scale(top?["scale"], at: "scale"),
      ladder: elements(top?["ladder"], at: "ladder")?.enumerated().map { index, element in
        ladderRung(element.node, at: element.path, index: index)
      } ?? [],
      context: context,
      negationWindow: negationWindow,
      groups: elements(top?["groups"], at: "groups")?.map { group($0.node, at: $0.path) } ?? [],
      criteria: elements(top?["criteria"], at: "criteria")?.map {
        criterion($0.node, at: $0.path)
      } ?? [],
      aggregation: aggregation(top?["aggregation"], at: "aggregation"),
      contentHash: contentHash)
  }
}

// MARK: - Scale and ladder

extension RubricReader {
  private mutating func scale(_ node: JSONNode?, at path: String) -> Scale {
    guard let node, let members = object(node, at: path, shape: .scale) else {
      return Scale(levels: [], notApplicable: LocalizedText([:]))
    }
    let levels = elements(members["levels"], at: members.path("levels"))?.enumerated().map {
      index, element in
      scaleLevel(element.node, at: element.path, index: index)
    }
    return Scale(
      levels: levels ?? [],
      notApplicable: text(members["notApplicable"], at: members.path("notApplicable"))
        ?? LocalizedText([:]))
  }

  /// One scale level; a broken value stands in as its index.
  private mutating func scaleLevel(_ node: JSONNode, at path: String, index: Int) -> ScaleLevel {
    let members = object(node, at: path, shape: .scaleLevel)
    return ScaleLevel(
      value: integer(members?["value"], at: RubricPath.member(path, "value")) ?? index,
      label: text(members?["label"], at: RubricPath.member(path, "label")) ?? LocalizedText([:]))
  }

  /// One ladder rung; a broken rung number stands in as its index.
  private mutating func ladderRung(_ node: JSONNode, at path: String, index: Int) -> LadderRung {
    let members = object(node, at: path, shape: .ladderRung)
    return LadderRung(
      rung: integer(members?["rung"], at: RubricPath.member(path, "rung")) ?? index,
      id: string(members?["id"], at: RubricPath.member(path, "id")) ?? "",
      label: text(members?["label"], at: RubricPath.member(path, "label")) ?? LocalizedText([:]),
      description: text(members?["description"], at: RubricPath.member(path, "description")))
  }
}

// MARK: - Context

extension RubricReader {
  /// The word lists per language and the negation window.
  private mutating func context(
    _ node: JSONNode?, at path: String
  ) -> (lists: [PlanLanguage: ContextLists], window: Int) {
    guard let node, let members = object(node, at: path, shape: .context) else {
      return ([:], Rubric.defaultNegationWindow)
    }
    let window = integer(members["negationWindow"], at: members.path("negationWindow"))
    var lists: [PlanLanguage: ContextLists] = [:]
    for language in PlanLanguage.allCases {
      guard let node = members[language.rawValue] else { continue }
      lists[language] = contextLists(node, at: members.path(language.rawValue))
    }
    return (lists, window ?? Rubric.defaultNegationWindow)
  }

  private mutating func contextLists(_ node: JSONNode, at path: String) -> ContextLists {
    guard let members = object(node, at: path, shape: .contextLists) else { return ContextLists() }
    func list(_ reader: inout RubricReader, _ key: String) -> [String] {
      reader.strings(members[key], at: members.path(key)) ?? []
    }
    return ContextLists(
      negations: list(&self, "negations"),
      clauseFinalNegations: list(&self, "clauseFinalNegations"),
      hedges: list(&self, "hedges"),
      residentActors: list(&self, "residentActors"),
      governmentActors: list(&self, "governmentActors"),
      firstPersonActors: list(&self, "firstPersonActors"),
      authorResidents: list(&self, "authorResidents"),
      secondPersonActors: list(&self, "secondPersonActors"),
      readerApplicant: list(&self, "readerApplicant"),
      futureMarkers: list(&self, "futureMarkers"),
      pastMarkers: list(&self, "pastMarkers"),
      specificReferences: list(&self, "specificReferences"),
      residentBodyNouns: list(&self, "residentBodyNouns"),
      residentBodyTies: list(&self, "residentBodyTies"),
      residentBodyFoundings: list(&self, "residentBodyFoundings"),
      otherActors: list(&self, "otherActors"),
      participationSections: list(&self, "participationSections"),
      authoritySections: list(&self, "authoritySections"),
      setAsideSections: list(&self, "setAsideSections"),
      setAsideTitles: list(&self, "setAsideTitles"),
      contentsTitles: list(&self, "contentsTitles"),
      setAsideMarkers: list(&self, "setAsideMarkers"))
  }
}
