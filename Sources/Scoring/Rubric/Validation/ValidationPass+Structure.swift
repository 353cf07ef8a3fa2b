import PlanReading

// MARK: - Top level

extension ValidationPass {
  /// Format, id, version, languages, texts and the presence of criteria.
  mutating func checkTopLevel() {
    if rubric.format != Rubric.supportedFormat {
      error(
        "format",
        "format \(rubric.format) is not supported; this scorecard reads format "
          + "\(Rubric.supportedFormat)")
    }
    checkID(rubric.id, at: "id")
    if rubric.version.allSatisfy(\.isWhitespace) {
      error("version", "empty version; write the rubric's own version, such as `1.0.0`")
    }
    if rubric.languages.isEmpty {
      error("languages", "no languages; list at least one, such as [\"nl\", \"en\"]")
      broken.insert(.languages)
    }
    checkUnique(
      rubric.languages.enumerated().map {
        ($0.element.rawValue, RubricPath.element("languages", $0.offset))
      }, what: "language")
    if !rubric.languages.isEmpty, !rubric.languages.contains(rubric.defaultLanguage) {
      error(
        "defaultLanguage",
        "`\(rubric.defaultLanguage.rawValue)` is not one of `languages` (\(languageList)); "
          + "pick one of them or add it there",
        needs: [.languages])
    }
    checkText(rubric.title, at: "title")
    checkText(rubric.description, at: "description")
    if rubric.criteria.isEmpty {
      error("criteria", "no criteria; add at least one criterion to score")
    }
  }
}

// MARK: - Scale and ladder

extension ValidationPass {
  /// The scale: values 0, 1, 2, … in order, at least two, each labelled.
  mutating func checkScale() {
    let levels = rubric.scale.levels
    let before = findings.count
    if levels.count < 2 {
      error(
        "scale.levels",
        "a scale needs at least two levels (0 for absent and 1 or more); found \(levels.count)")
    }
    checkSequence(levels.map(\.value), at: "scale.levels", key: "value", what: "value")
    if findings.count > before { broken.insert(.scale) }
    for (index, level) in levels.enumerated() {
      checkText(level.label, at: "scale.levels[\(index)].label")
    }
    checkText(rubric.scale.notApplicable, at: "scale.notApplicable")
  }

  /// The ladder: rungs 0, 1, 2, … in order, unique ids, labels.
  mutating func checkLadder() {
    checkSequence(rubric.ladder.map(\.rung), at: "ladder", key: "rung", what: "rung")
    for (index, rung) in rubric.ladder.enumerated() {
      let path = RubricPath.element("ladder", index)
      checkID(rung.id, at: RubricPath.member(path, "id"))
      checkText(rung.label, at: RubricPath.member(path, "label"))
      checkText(rung.description, at: RubricPath.member(path, "description"))
    }
    checkUnique(
      rubric.ladder.enumerated().map { ($0.element.id, "ladder[\($0.offset)].id") },
      what: "rung id")
  }

  /// Checks that `values` run 0, 1, 2, … without gaps or repeats.
  private mutating func checkSequence(_ values: [Int], at path: String, key: String, what: String) {
    var first: [Int: String] = [:]
    for (index, value) in values.enumerated() {
      let valuePath = "\(path)[\(index)].\(key)"
      if let earlier = first[value] {
        error(valuePath, "duplicate \(what) \(value) (also at \(earlier)); each must be unique")
        continue
      }
      first[value] = valuePath
      if value != index {
        error(
          valuePath,
          "expected \(what) \(index) here, found \(value); \(what)s run from 0 up without gaps, "
            + "lowest first")
      }
    }
  }
}

// MARK: - Context

extension ValidationPass {
  /// The context: word lists for every language, valid phrases, a positive window.
  mutating func checkContext() {
    checkLanguages(rubric.context, at: "context", what: "word lists")
    if rubric.negationWindow < 1 {
      error(
        "context.negationWindow",
        "negationWindow must be 1 or more, found \(rubric.negationWindow)")
    }
    for language in PlanLanguage.allCases {
      guard let lists = rubric.context[language] else { continue }
      let named: [(String, [String])] = [
        ("negations", lists.negations), ("clauseFinalNegations", lists.clauseFinalNegations),
        ("hedges", lists.hedges), ("residentActors", lists.residentActors),
        ("governmentActors", lists.governmentActors),
        ("firstPersonActors", lists.firstPersonActors),
        ("authorResidents", lists.authorResidents),
        ("secondPersonActors", lists.secondPersonActors),
        ("readerApplicant", lists.readerApplicant), ("futureMarkers", lists.futureMarkers),
        ("pastMarkers", lists.pastMarkers), ("specificReferences", lists.specificReferences),
        ("residentBodyNouns", lists.residentBodyNouns),
        ("residentBodyTies", lists.residentBodyTies),
        ("residentBodyFoundings", lists.residentBodyFoundings), ("otherActors", lists.otherActors),
        ("participationSections", lists.participationSections),
        ("authoritySections", lists.authoritySections),
        ("setAsideSections", lists.setAsideSections), ("setAsideTitles", lists.setAsideTitles),
        ("contentsTitles", lists.contentsTitles),
        ("setAsideMarkers", lists.setAsideMarkers),
      ]
      for (key, phrases) in named {
        for (index, phrase) in phrases.enumerated() {
          checkPhrase(phrase, at: "context.\(language.rawValue).\(key)[\(index)]")
        }
        if language == .nl {
          checkDutchPlurals(phrases.lazy.map { Indicator(phrase: $0) }, at: "context.nl.\(key)")
        }
      }
      checkResidentBodies(lists, language: language)
    }
  }

  /// Resident bodies need both lists: nouns name the bodies, ties tie them to residents.
  private mutating func checkResidentBodies(_ lists: ContextLists, language: PlanLanguage) {
    let path = "context.\(language.rawValue)"
    if !lists.residentBodyNouns.isEmpty, lists.residentBodyTies.isEmpty {
      warning(
        RubricPath.member(path, "residentBodyNouns"),
        "residentBodyNouns has no effect without residentBodyTies (phrases such as "
          + "\"owned by\" that tie a named body to residents); add ties or remove the nouns")
    }
    if lists.residentBodyNouns.isEmpty, !lists.residentBodyTies.isEmpty {
      warning(
        RubricPath.member(path, "residentBodyTies"),
        "residentBodyTies has no effect without residentBodyNouns (the head nouns of the "
          + "bodies, such as \"trust\"); add nouns or remove the ties")
    }
    if lists.residentBodyNouns.isEmpty, !lists.residentBodyFoundings.isEmpty {
      warning(
        RubricPath.member(path, "residentBodyFoundings"),
        "residentBodyFoundings has no effect without residentBodyNouns (the head nouns of the "
          + "bodies, such as \"werkgroep\"); add nouns or remove the founding verbs")
    }
  }
}

// MARK: - Aggregation

extension ValidationPass {
  /// The pass mark and the guards: grades on the 1–10 scale, known criteria.
  mutating func checkAggregation() {
    let passMark = rubric.aggregation.passMark
    if !(1...10).contains(passMark) {
      error(
        "aggregation.passMark",
        "passMark must be between 1 and 10 (the grade scale), found \(Self.format(passMark))")
    }
    for (index, guardRule) in rubric.aggregation.guards.enumerated() {
      let path = "aggregation.guards[\(index)]"
      if !(1...10).contains(guardRule.cap) {
        error(
          RubricPath.member(path, "cap"),
          "cap must be between 1 and 10 (the grade scale), found \(Self.format(guardRule.cap))")
      }
      switch guardRule {
      case .criterionZero(let criterion, _):
        checkReference(
          criterion, at: RubricPath.member(path, "criterion"),
          known: rubric.criteria.map(\.id), what: "criterion", list: "criteria",
          needs: [.criterionIDs])
      case .zeroCount(let atLeast, _):
        if atLeast < 1 {
          error(RubricPath.member(path, "atLeast"), "atLeast must be 1 or more, found \(atLeast)")
        } else if atLeast > rubric.criteria.count {
          let count = rubric.criteria.count
          error(
            RubricPath.member(path, "atLeast"),
            "this guard can never hold: atLeast is \(atLeast) but the rubric has only \(count) "
              + "\(count == 1 ? "criterion" : "criteria"); lower atLeast",
            needs: [.criterionIDs])
        }
      }
    }
  }
}
