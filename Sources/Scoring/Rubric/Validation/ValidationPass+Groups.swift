import PlanReading

// MARK: - Groups

extension ValidationPass {
  /// The groups: ids, texts, rungs, indicators for every language, valid
  /// phrases, examples; warnings for repeated and overlapping phrases.
  mutating func checkGroups() {
    checkUnique(
      rubric.groups.enumerated().map { ($0.element.id, "groups[\($0.offset)].id") },
      what: "group id")
    for (index, group) in rubric.groups.enumerated() {
      let path = RubricPath.element("groups", index)
      checkID(group.id, at: RubricPath.member(path, "id"))
      checkText(group.description, at: RubricPath.member(path, "description"))
      if let rung = group.rung { checkRung(rung, at: RubricPath.member(path, "rung")) }
      checkLanguages(
        group.indicators, at: RubricPath.member(path, "indicators"), what: "indicators")
      for language in PlanLanguage.allCases {
        for (position, indicator) in (group.indicators[language] ?? []).enumerated() {
          checkIndicator(
            indicator, at: "\(path).indicators.\(language.rawValue)[\(position)]")
        }
      }
      checkGroupExamples(group.examples, at: RubricPath.member(path, "examples"))
      checkDutchPlurals(group.indicators[.nl] ?? [], at: "\(path).indicators.nl")
    }
    if includesWarnings { checkRepeatedPhrases() }
  }

  private mutating func checkIndicator(_ indicator: Indicator, at path: String) {
    // A bare phrase may have been written as a plain string: report it at the entry itself.
    let isBare = indicator == Indicator(phrase: indicator.phrase)
    checkPhrase(indicator.phrase, at: isBare ? path : RubricPath.member(path, "phrase"))
    if let near = indicator.near { checkPhrase(near, at: RubricPath.member(path, "near")) }
    if indicator.within < 1 {
      error(
        RubricPath.member(path, "within"), "within must be 1 or more, found \(indicator.within)")
    }
    if let rung = indicator.rung { checkRung(rung, at: RubricPath.member(path, "rung")) }
  }

  private mutating func checkGroupExamples(
    _ examples: [PlanLanguage: GroupExamples], at path: String
  ) {
    checkLanguages(examples, at: path, what: "examples", complete: false)
    for language in PlanLanguage.allCases {
      guard let lists = examples[language] else { continue }
      let base = RubricPath.member(path, language.rawValue)
      for (key, sentences) in [("match", lists.match), ("noMatch", lists.noMatch)] {
        for (index, sentence) in sentences.enumerated() where sentence.allSatisfy(\.isWhitespace) {
          error("\(base).\(key)[\(index)]", "empty example; write a sentence or remove the entry")
        }
      }
    }
  }
}

// MARK: - Repeated phrases

extension ValidationPass {
  /// Where one indicator stands and what it signals.
  private struct Occurrence {
    var group: String
    var rung: Int?
    var path: String
  }

  /// Warns about a phrase listed twice in one group and language, and about
  /// a phrase that stands in two groups with different rungs.
  private mutating func checkRepeatedPhrases() {
    for language in PlanLanguage.allCases {
      var seen: [String: [Occurrence]] = [:]
      for (index, group) in rubric.groups.enumerated() {
        for (position, indicator) in (group.indicators[language] ?? []).enumerated() {
          let key = Self.matchKey(indicator)
          guard !key.isEmpty else { continue }
          let here = Occurrence(
            group: group.id, rung: group.rung(of: indicator),
            path: "groups[\(index)].indicators.\(language.rawValue)[\(position)]")
          let earlier = seen[key] ?? []
          if let same = earlier.first(where: { $0.group == group.id }) {
            warning(
              here.path,
              "the phrase `\(indicator.phrase)` is listed twice in this group (also at "
                + "\(same.path)); remove one",
              needs: [.groupIDs])
          } else if let rung = here.rung,
            let other = earlier.first(where: { $0.rung != nil && $0.rung != rung })
          {
            warning(
              here.path,
              "the phrase `\(indicator.phrase)` has rung \(rung) here but rung "
                + "\(other.rung ?? 0) in group `\(other.group)` (\(other.path)); a match would "
                + "count for both, so keep it in one group",
              needs: [.groupIDs])
          }
          seen[key, default: []].append(here)
        }
      }
    }
  }

  /// What makes two indicators match the same text: the phrase and the near phrase.
  static func matchKey(_ indicator: Indicator) -> String {
    let phrase = PhraseSyntax.normalized(indicator.phrase)
    guard let near = indicator.near else { return phrase }
    return "\(phrase) ~ \(PhraseSyntax.normalized(near))"
  }
}
