import PlanReading

extension PlanScorer {
  /// Warnings about the vocabulary that only show after stemming: phrases that
  /// can never match (no words left), and phrases that are the same after
  /// stemming (in one group they are redundant; across groups with different
  /// rungs or polarities they overlap, and both fire on the same words).
  public static func vocabularyWarnings(_ rubric: Rubric) -> [RubricProblem] {
    var problems: [RubricProblem] = []
    for language in rubric.languages {
      let analyzer = TextAnalyzer(language: language)
      var seen: [String: (path: String, group: Int, phrase: String, signal: String)] = [:]
      for (groupIndex, group) in rubric.groups.enumerated() {
        for (index, indicator) in (group.indicators[language] ?? []).enumerated() {
          let path = "groups[\(groupIndex)].indicators.\(language.rawValue)[\(index)]"
          guard let pattern = PhrasePattern(parsing: indicator.phrase, analyzer: analyzer) else {
            problems.append(
              RubricProblem(
                severity: .warning, path: path,
                message: "“\(indicator.phrase)” has no words after folding and can never match; "
                  + "write at least one letter or digit"))
            continue
          }
          let key = "\(pattern)|\(indicator.near ?? "")"
          let signal =
            "\(group.rung(of: indicator).map(String.init) ?? "-")/"
            + (group.polarity(of: indicator)).rawValue
          if let earlier = seen[key] {
            if earlier.group == groupIndex {
              problems.append(
                RubricProblem(
                  severity: .warning, path: path,
                  message: "“\(indicator.phrase)” is the same after stemming as "
                    + "“\(earlier.phrase)” (\(earlier.path)) in the same group; keep one"))
            } else if earlier.signal != signal {
              problems.append(
                RubricProblem(
                  severity: .warning, path: path,
                  message: "“\(indicator.phrase)” is the same after stemming as "
                    + "“\(earlier.phrase)” (\(earlier.path)) in \(rubric.groups[earlier.group].id), "
                    + "with another rung or polarity (\(signal) here, \(earlier.signal) there); "
                    + "both fire on the same words"))
            }
          } else {
            seen[key] = (path, groupIndex, indicator.phrase, signal)
          }
        }
      }
    }
    return problems
  }
}
