import PlanReading

/// Runs the examples a rubric carries (SwiftLint-style triggering and
/// non-triggering examples) and reports every failure.
public enum RubricExampleRunner {
  /// The outcome of running a rubric's examples.
  public struct Report: Sendable, Equatable {
    /// How many examples were checked.
    public var checked: Int
    /// The examples that did not behave as the rubric says.
    public var failures: [RubricExampleFailure]
  }

  /// Runs every example of every criterion and group, in every language.
  public static func run(_ rubric: Rubric) -> Report {
    let scorer = PlanScorer(rubric: rubric)
    var report = Report(checked: 0, failures: [])
    for (index, criterion) in rubric.criteria.enumerated() {
      for language in rubric.languages {
        guard let examples = criterion.examples[language] else { continue }
        let base = "criteria[\(index)].examples.\(language.rawValue)"
        let expectations =
          examples.match.enumerated().map { ("\(base).match[\($0)]", $1.text, $1.level) }
          + examples.noMatch.enumerated().map { ("\(base).noMatch[\($0)]", $1, 0) }
        for (path, text, expected) in expectations {
          report.checked += 1
          let card = scorer.score(scorer.exampleDocument(text, language: language))
          let result = card.criteria.first { $0.id == criterion.id }
          let actual = result?.level ?? 0
          if actual != expected {
            report.failures.append(
              RubricExampleFailure(
                path: path, text: text, expected: "level \(expected)",
                actual: "level \(actual)" + found(result?.evidence ?? [])))
          }
        }
      }
    }
    for (index, group) in rubric.groups.enumerated() {
      for language in rubric.languages {
        guard let examples = group.examples[language] else { continue }
        let base = "groups[\(index)].examples.\(language.rawValue)"
        let expectations =
          examples.match.enumerated().map { ("\(base).match[\($0)]", $1, true) }
          + examples.noMatch.enumerated().map { ("\(base).noMatch[\($0)]", $1, false) }
        for (path, text, shouldMatch) in expectations {
          report.checked += 1
          let matched = scorer.countingMatches(ofGroup: index, in: text, language: language)
          if matched.isEmpty == shouldMatch {
            report.failures.append(
              RubricExampleFailure(
                path: path, text: text, expected: shouldMatch ? "a match" : "no match",
                actual: matched.isEmpty
                  ? "no match" : "matched “\(matched.joined(separator: "”, “"))”"))
          }
        }
      }
    }
    return report
  }

  private static func found(_ evidence: [Evidence]) -> String {
    guard !evidence.isEmpty else { return "" }
    return " (found “" + evidence.map(\.matched).joined(separator: "”, “") + "”)"
  }
}

/// An example of a rubric that did not behave as the rubric says.
public struct RubricExampleFailure: Sendable, Equatable, CustomStringConvertible {
  /// The JSON path of the example, such as `criteria[2].examples.nl.match[0]`.
  public var path: String
  /// The example text.
  public var text: String
  /// What the rubric expects.
  public var expected: String
  /// What the engine gave.
  public var actual: String

  /// `path: expected X, got Y: “text”`.
  public var description: String {
    "\(path): expected \(expected), got \(actual): “\(text)”"
  }
}
