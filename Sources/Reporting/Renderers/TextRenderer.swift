import Foundation
import PlanReading
import Scoring

/// Renders a readable card for a terminal: grade, ladder rung, one line per
/// criterion, then per criterion the evidence quotes with their section and
/// the advice. Colour only when asked (a TTY without `NO_COLOR`).
public struct TextRenderer: ReportRenderer {
  public static let format = OutputFormat.text
  /// The language of labels and rubric texts; `nil`: each card in its own
  /// plan's language.
  public let language: PlanLanguage?
  /// Whether to use ANSI colour.
  public let color: Bool

  /// Creates the renderer.
  public init(language: PlanLanguage?, color: Bool = false) {
    self.language = language
    self.color = color
  }

  public func render(_ scorecards: [Scorecard]) throws -> String {
    scorecards.map(card).joined(separator: "\n")
  }

  // MARK: - One card

  private func card(_ card: Scorecard) -> String {
    let s = ReportStrings(language: language ?? card.plan.language)
    var lines: [String] = []
    let title = card.plan.title ?? card.plan.source
    lines.append(paint("\(s.scorecard): \(title)", .bold))
    let facts = [
      card.plan.municipality.map { "\(s.municipality) \($0)" },
      card.plan.area.map { "\(s.area.lowercased()) \($0)" },
      card.plan.year.map(String.init), s.kindName(card.plan.kind), s.statusName(card.plan.planStatus),
    ].compactMap { $0 }
    if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
    lines.append("\(s.file): \(card.plan.source)")
    lines.append("")
    let verdict = card.passed ? paint(s.passed, .green) : paint(s.failed, .red)
    lines.append(
      paint("\(s.grade): \(s.decimal(card.grade))", .bold)
        + "  \(verdict)")
    for applied in card.cappedBy {
      lines.append("  \(s.cappedBecause): \(s.text(applied.explanation))")
    }
    if let figures = card.readability { lines.append(s.readabilityLine(figures)) }
    lines += mergeHeader(card, s)
    lines.append(
      "\(s.ladder): \(s.rung) \(card.ladder.rung) \(s.text(card.ladder.label))")
    if let proof = card.ladder.evidence {
      lines.append("  “\(proof.quote)” (\(proof.place(s)))")
    }
    lines.append("")
    lines.append(paint(s.criteria, .bold))
    for criterion in card.criteria {
      lines.append(
        "  \(levelBar(criterion, s))  \(s.text(criterion.title))" + weightNote(criterion, s)
          + sourceNote(criterion, s))
    }
    lines.append("")
    lines.append(paint(s.perCriterion, .bold))
    let shown = card.shownSentences
    for (number, criterion) in card.criteria.enumerated() {
      lines += details(criterion, number: number + 1, shown: shown, s)
    }
    if !card.warnings.isEmpty {
      lines.append(paint(s.warnings, .yellow))
      for warning in card.warnings.prefix(5) {
        lines.append("  “\(warning.quote)” (\(warning.place(s)))")
      }
      lines.append("")
    }
    if !card.notes.isEmpty {
      lines.append(s.notes)
      lines += card.notes.map { "  - \(s.note($0))" }
      lines.append("")
    }
    let decision = EngineDecision(card: card, strings: s)
    lines.append(paint(decision.title, .bold))
    lines += decision.lines.map { "  \($0)" }
    return lines.joined(separator: "\n") + "\n"
  }

  private func details(
    _ criterion: CriterionResult, number: Int, shown: Set<String>, _ s: ReportStrings
  ) -> [String] {
    var lines = ["\(number). \(s.text(criterion.title)) — \(levelText(criterion, s))"]
    lines.append("   \(s.question): \(s.text(criterion.question))")
    lines += judgementLines(criterion, s)
    if criterion.level != nil {
      lines.append("   \(s.evidence):")
      if criterion.evidence.isEmpty {
        lines.append("     \(s.noEvidence)")
      }
      for item in criterion.evidence {
        lines.append("     “\(item.quote)”")
        lines.append("       — \(item.place(s)); \(item.foundWords(s))")
      }
      for item in criterion.notCounted(shown: shown) {
        let why = item.failed.map(s.condition).joined(separator: ", ")
        lines.append("     (\(s.discounted): “\(item.quote)” — \(why))")
      }
    }
    let advice = s.text(criterion.advice)
    if !advice.isEmpty {
      lines.append("   \(s.advice): \(advice)")
    }
    lines.append("")
    return lines
  }

  private func levelText(_ criterion: CriterionResult, _ s: ReportStrings) -> String {
    guard let level = criterion.level else { return s.notApplicable }
    return "\(level)/\(criterion.maxLevel) \(s.text(criterion.levelDescription))"
  }

  private func levelBar(_ criterion: CriterionResult, _ s: ReportStrings) -> String {
    guard let level = criterion.level else { return "–– \(s.notApplicable)" }
    let bar =
      String(repeating: "█", count: level)
      + String(repeating: "░", count: max(0, criterion.maxLevel - level))
    let colour: Style = level == 0 ? .red : level == criterion.maxLevel ? .green : .yellow
    return paint(bar, colour) + " \(level)/\(criterion.maxLevel)"
  }

  private func weightNote(_ criterion: CriterionResult, _ s: ReportStrings) -> String {
    criterion.weight == 1 ? "" : "  (\(s.weight) ×\(s.weightValue(criterion.weight)))"
  }

  // MARK: - Formatting

  private enum Style: String {
    case bold = "1"
    case red = "31"
    case green = "32"
    case yellow = "33"
  }

  private func paint(_ text: String, _ style: Style) -> String {
    color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }

}
