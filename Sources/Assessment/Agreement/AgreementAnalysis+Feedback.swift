extension AgreementAnalysis {
  // MARK: - Rubric feedback

  /// Counts, per criterion × indicator, how often residents kept or
  /// overruled the level the indicator produced, and per criterion how often
  /// they gave more where no indicator fired.
  ///
  /// Every used judgement with a level and an engine level counts. The
  /// indicators are the distinct group × phrase pairs among the engine quotes
  /// the resident was shown (only quotes that counted). A judgement with no
  /// quotes and engine level 0 goes to the "no indicator fired" bucket; one
  /// with no quotes and a higher engine level (quotes left out of the file)
  /// cannot be attributed and is skipped.
  func feedback(_ groups: [PlanGroup], criteria: [String]) -> RubricFeedback {
    let rank = Dictionary(uniqueKeysWithValues: criteria.enumerated().map { ($1, $0) })
    var indicators: [IndicatorKey: IndicatorFeedback] = [:]
    var unfired: [String: UnfiredFeedback] = [:]
    for assessment in groups.flatMap(\.chronological) {
      for judged in assessment.criteria {
        guard let level = judged.level, let engine = judged.engineLevel else { continue }
        var keys: [IndicatorKey] = []
        for evidence in judged.engineEvidence where evidence.failed.isEmpty {
          let key = IndicatorKey(
            criterion: judged.id, group: evidence.group, indicator: evidence.indicator)
          if !keys.contains(key) { keys.append(key) }
        }
        if keys.isEmpty {
          guard engine == 0 else { continue }
          var entry =
            unfired[judged.id] ?? UnfiredFeedback(criterion: judged.id, kept: 0, higher: 0)
          if level > 0 { entry.higher += 1 } else { entry.kept += 1 }
          unfired[judged.id] = entry
          continue
        }
        for key in keys {
          var entry =
            indicators[key]
            ?? IndicatorFeedback(
              criterion: key.criterion, group: key.group, indicator: key.indicator, kept: 0,
              overruledUp: 0, overruledDown: 0)
          if level > engine {
            entry.overruledUp += 1
          } else if level < engine {
            entry.overruledDown += 1
          } else {
            entry.kept += 1
          }
          indicators[key] = entry
        }
      }
    }
    let order = { (id: String) in rank[id] ?? Int.max }
    return RubricFeedback(
      indicators: indicators.values.sorted { a, b in
        if a.overruleRate != b.overruleRate { return a.overruleRate > b.overruleRate }
        if a.total != b.total { return a.total > b.total }
        return (order(a.criterion), a.group, a.indicator)
          < (order(b.criterion), b.group, b.indicator)
      },
      unfired: unfired.values.sorted { a, b in
        if a.overruleRate != b.overruleRate { return a.overruleRate > b.overruleRate }
        if a.total != b.total { return a.total > b.total }
        return (order(a.criterion), a.criterion) < (order(b.criterion), b.criterion)
      })
  }

  /// A criterion × indicator group × phrase.
  struct IndicatorKey: Hashable {
    let criterion: String
    let group: String
    let indicator: String
  }
}
