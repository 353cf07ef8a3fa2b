import PlanReading
import Scoring

/// Renders `scorecard rubric show`.
enum RubricSummary {
  /// Criteria with questions and weights, the ladder, and vocabulary counts.
  static func render(_ rubric: Rubric, language: PlanLanguage) -> String {
    var lines = [
      "\(rubric.title.text(in: language)) (\(rubric.id) \(rubric.version))",
      rubric.description.text(in: language), "",
      "Criteria:",
    ]
    for criterion in rubric.criteria {
      let phase = criterion.phase.map { " [\($0.rawValue)]" } ?? ""
      lines.append(
        "  \(criterion.id)  ×\(criterion.weight)\(phase)  \(criterion.title.text(in: language))")
      lines.append("      \(criterion.question.text(in: language))")
    }
    lines.append("")
    lines.append("Ladder:")
    for rung in rubric.ladder {
      lines.append("  \(rung.rung) \(rung.label.text(in: language))")
    }
    lines.append("")
    lines.append("Vocabulary (indicators per language):")
    for group in rubric.groups {
      let counts = rubric.languages.map { "\($0.rawValue) \(group.indicators[$0]?.count ?? 0)" }
      let rung = group.rung.map { " rung \($0)" } ?? ""
      lines.append(
        "  \(group.id)\(rung) [\(group.polarity.rawValue)]: \(counts.joined(separator: ", "))")
    }
    let guards = rubric.aggregation.guards.map { guardRule -> String in
      switch guardRule {
      case .criterionZero(let criterion, let cap): return "cap \(cap) when \(criterion) is 0"
      case .zeroCount(let atLeast, let cap): return "cap \(cap) when \(atLeast)+ criteria are 0"
      }
    }
    lines.append("")
    lines.append(
      "Pass mark \(rubric.aggregation.passMark); guards: \(guards.joined(separator: "; "))")
    return lines.joined(separator: "\n")
  }
}
