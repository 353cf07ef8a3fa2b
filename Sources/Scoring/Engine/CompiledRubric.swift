import PlanReading

/// A rubric with all its phrases (indicators and context word lists) compiled,
/// per language, into one ``PhraseMatcher``, so scoring is one pass over the
/// tokens whatever the number of phrases. Built once, shared across threads.
struct CompiledRubric: Sendable {
  /// The compiled vocabulary of one language.
  struct Language: Sendable {
    /// The matcher over every phrase of this language.
    var matcher: PhraseMatcher
    /// What each pattern id stands for (the index is the id).
    var roles: [PatternRole]
    /// The ids of the indicators that use `near` (their span may hold other words).
    var proximityIDs: Set<Int>
    /// Phrases that parsed to no words, with their JSON path.
    var emptyPhrases: [String]
  }

  /// The rubric compiled.
  let rubric: Rubric
  /// The compiled vocabulary per language of the rubric.
  let languages: [PlanLanguage: Language]

  /// Compiles every language of the rubric.
  init(rubric: Rubric) {
    self.rubric = rubric
    var compiled: [PlanLanguage: Language] = [:]
    for language in rubric.languages {
      compiled[language] = Self.compile(rubric, language: language)
    }
    languages = compiled
  }

  /// The vocabulary for a plan in `language`, falling back to the rubric's
  /// default language when the rubric has no vocabulary for it.
  func vocabulary(for language: PlanLanguage) -> (PlanLanguage, Language)? {
    if let own = languages[language] { return (language, own) }
    return languages[rubric.defaultLanguage].map { (rubric.defaultLanguage, $0) }
  }

  // MARK: - Compiling

  private static func compile(_ rubric: Rubric, language: PlanLanguage) -> Language {
    let analyzer = TextAnalyzer(language: language)
    var entries: [PhraseMatcher.Entry] = []
    var proximities: [PhraseMatcher.Proximity] = []
    var roles: [PatternRole] = []
    var empty: [String] = []

    for (groupIndex, group) in rubric.groups.enumerated() {
      for (index, indicator) in (group.indicators[language] ?? []).enumerated() {
        let path = "groups[\(groupIndex)].indicators.\(language.rawValue)[\(index)]"
        guard let first = PhrasePattern(parsing: indicator.phrase, analyzer: analyzer) else {
          empty.append(path)
          continue
        }
        let id = roles.count
        roles.append(.indicator(group: groupIndex, indicator: index))
        if let near = indicator.near {
          guard let second = PhrasePattern(parsing: near, analyzer: analyzer) else {
            empty.append(path + ".near")
            roles.removeLast()
            continue
          }
          proximities.append(
            PhraseMatcher.Proximity(
              id: id, first: first, second: second, within: indicator.within,
              ordered: indicator.ordered))
        } else {
          entries.append(PhraseMatcher.Entry(id: id, pattern: first))
        }
      }
    }

    let lists = rubric.context[language] ?? ContextLists()
    let contextPhrases: [(ContextKind, [String])] = [
      (.negation, lists.negations), (.clauseFinalNegation, lists.clauseFinalNegations),
      (.hedge, lists.hedges), (.residentActor, lists.residentActors),
      (.governmentActor, lists.governmentActors), (.firstPersonActor, lists.firstPersonActors),
      (.authorResidents, lists.authorResidents),
      (.secondPersonActor, lists.secondPersonActors), (.readerApplicant, lists.readerApplicant),
      (.future, lists.futureMarkers),
      (.past, lists.pastMarkers), (.specificReference, lists.specificReferences),
      (.residentBodyNoun, lists.residentBodyNouns), (.residentBodyTie, lists.residentBodyTies),
      (.residentBodyFounding, lists.residentBodyFoundings),
      (.otherActor, lists.otherActors), (.participationSection, lists.participationSections),
      (.authoritySection, lists.authoritySections), (.setAsideSection, lists.setAsideSections),
      (.setAsideTitle, lists.setAsideTitles), (.contentsTitle, lists.contentsTitles),
      (.setAsideMarker, lists.setAsideMarkers),
    ]
    // The names of the rungs above "none", for sentences that list the
    // ladder's forms rather than say what residents get.
    let rungNames = rubric.ladder.filter { $0.rung > 0 }.compactMap { $0.label.values[language] }
    for (kind, phrases) in contextPhrases + [(.rungName, rungNames)] {
      for phrase in phrases {
        guard let pattern = PhrasePattern(parsing: phrase, analyzer: analyzer) else {
          empty.append("context.\(language.rawValue): \(phrase)")
          continue
        }
        entries.append(PhraseMatcher.Entry(id: roles.count, pattern: pattern))
        roles.append(.context(kind))
      }
    }
    return Language(
      matcher: PhraseMatcher(phrases: entries, proximities: proximities), roles: roles,
      proximityIDs: Set(proximities.map(\.id)), emptyPhrases: empty)
  }
}
