/// What rule evaluators need to know about a scanned plan.
struct RuleContext {
  /// The scan of the plan.
  let scan: DocumentScan
  /// The rubric being applied.
  let rubric: Rubric
  private let blockHasSpecific: Set<Int>
  private let sectionHasSpecific: Set<Int>

  /// Builds the context and its scope indexes.
  init(scan: DocumentScan, rubric: Rubric) {
    self.scan = scan
    self.rubric = rubric
    let specific = scan.sentences.filter(\.hasSpecifics)
    blockHasSpecific = Set(specific.map(\.block))
    sectionHasSpecific = Set(specific.map(\.section))
  }

  /// The scope unit a match falls in: its sentence, block or section.
  func unit(of match: IndicatorMatch, scope: Scope) -> Int {
    let sentence = scan.sentences[match.sentence]
    switch scope {
    case .sentence: return match.sentence
    case .paragraph: return sentence.block
    case .section: return sentence.section
    }
  }

  /// The ladder rung a match signals: the indicator's own, else its group's.
  func rung(of match: IndicatorMatch) -> Int? {
    indicator(of: match).rung ?? rubric.groups[match.group].rung
  }

  /// The rubric indicator behind a match.
  func indicator(of match: IndicatorMatch) -> Indicator {
    let group = rubric.groups[match.group]
    let language = scan.language
    return group.indicators[language]?[match.indicator] ?? Indicator(phrase: "")
  }

  /// The conditions a match fails, of those given, judged in a scope.
  func failed(_ conditions: [Condition], by match: IndicatorMatch, scope: Scope) -> [Condition] {
    conditions.filter { !holds($0, for: match, scope: scope) }
  }

  private func holds(_ condition: Condition, for match: IndicatorMatch, scope: Scope) -> Bool {
    switch condition {
    case .notNegated: return !match.context.negated
    case .notHedged: return !match.context.hedged
    case .residentActor: return match.context.actor == .residents
    case .residentsMentioned: return match.residentsMentioned
    case .done: return match.context.tense == .done
    case .specific:
      let sentence = scan.sentences[match.sentence]
      switch scope {
      case .sentence: return sentence.hasSpecifics
      case .paragraph: return blockHasSpecific.contains(sentence.block)
      case .section: return sectionHasSpecific.contains(sentence.section)
      }
    }
  }
}
