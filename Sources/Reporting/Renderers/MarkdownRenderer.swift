import PlanReading
import Scoring

/// Renders scorecards as Markdown for sharing: a summary table, then per
/// criterion the evidence as quotes with their section, and the advice. Every
/// text taken from a plan is escaped.
public struct MarkdownRenderer: ReportRenderer {
  public static let format = OutputFormat.markdown
  /// The language of labels and rubric texts; `nil`: each card in its own
  /// plan's language.
  public let language: PlanLanguage?

  /// Creates the renderer.
  public init(language: PlanLanguage?) {
    self.language = language
  }

  public func render(_ scorecards: [Scorecard]) throws -> String {
    scorecards.map(card).joined(separator: "\n---\n\n")
  }

  private func card(_ card: Scorecard) -> String {
    let s = ReportStrings(language: language ?? card.plan.language)
    var lines: [String] = []
    lines.append("# \(s.scorecard): \((card.plan.title ?? card.plan.source).markdownEscaped)")
    lines.append("")
    let facts: [(String, String?)] = [
      (s.municipality, card.plan.municipality), (s.area, card.plan.area),
      (s.year, card.plan.year.map(String.init)), (s.kind, s.kindName(card.plan.kind)),
      (s.planStatus, s.statusName(card.plan.planStatus)), (s.file, card.plan.source),
    ]
    for case let (label, value?) in facts {
      lines.append("- **\(label):** \(value.markdownEscaped)")
    }
    lines.append("")
    let verdict = card.passed ? s.passed : s.failed
    lines.append(
      "**\(s.grade): \(s.decimal(card.grade))** (\(verdict))")
    for applied in card.cappedBy {
      lines.append("")
      lines.append("_\(s.cappedBecause): \(s.text(applied.explanation).markdownEscaped)_")
    }
    if let figures = card.readability {
      lines.append("")
      lines.append(s.readabilityLine(figures).markdownEscaped)
    }
    lines += mergeHeader(card, s)
    lines.append("")
    lines.append(
      "**\(s.ladder):** \(s.rung) \(card.ladder.rung), \(s.text(card.ladder.label).markdownEscaped)"
    )
    if let proof = card.ladder.evidence {
      lines.append("")
      lines.append("> \(proof.quote.markdownEscaped)  ")
      lines.append("> — \(proof.place(s).markdownEscaped)")
    }
    lines.append("")
    let extra = sourceColumns(card, s)
    lines.append("| \(s.criteria) | \(s.levelWord) |" + extra.header)
    lines.append("|---|---|" + extra.rule)
    for criterion in card.criteria {
      let level = criterion.level.map { "\($0)/\(criterion.maxLevel)" } ?? s.notApplicable
      lines.append(
        "| \(s.text(criterion.title).markdownEscaped) | \(level) |" + sourceCells(criterion, s))
    }
    lines.append("")
    let shown = card.shownSentences
    for criterion in card.criteria {
      lines += details(criterion, shown: shown, s)
    }
    if !card.warnings.isEmpty {
      lines.append("## \(s.warnings)")
      lines.append("")
      for warning in card.warnings.prefix(5) {
        lines.append("> \(warning.quote.markdownEscaped)  ")
        lines.append("> — \(warning.place(s).markdownEscaped)")
        lines.append("")
      }
    }
    if !card.notes.isEmpty {
      lines.append("## \(s.notes)")
      lines.append("")
      lines += card.notes.map { "- \(s.note($0).markdownEscaped)" }
      lines.append("")
    }
    let decision = EngineDecision(card: card, strings: s)
    lines.append("## \(decision.title.markdownEscaped)")
    lines.append("")
    lines += decision.lines.map { line in
      line.hasPrefix("  ")
        ? "  - \(line.dropFirst(2).description.markdownEscaped)" : "- \(line.markdownEscaped)"
    }
    lines.append("")
    return lines.joined(separator: "\n") + "\n"
  }

  private func details(_ criterion: CriterionResult, shown: Set<String>, _ s: ReportStrings)
    -> [String]
  {
    let level = criterion.level.map { "\($0)/\(criterion.maxLevel)" } ?? s.notApplicable
    var lines = ["## \(s.text(criterion.title).markdownEscaped): \(level)", ""]
    lines.append("_\(s.question): \(s.text(criterion.question).markdownEscaped)_")
    lines.append("")
    let description = s.text(criterion.levelDescription)
    if !description.isEmpty {
      lines.append(description.markdownEscaped)
      lines.append("")
    }
    lines += judgementLines(criterion, s)
    if criterion.level != nil {
      lines.append("**\(s.evidence):**")
      lines.append("")
      if criterion.evidence.isEmpty {
        lines.append(s.noEvidence)
        lines.append("")
      }
      for item in criterion.evidence {
        lines.append("> \(item.quote.markdownEscaped)  ")
        lines.append("> — \(item.place(s).markdownEscaped); \(item.foundWords(s).markdownEscaped)")
        lines.append("")
      }
      let notCounted = criterion.notCounted(shown: shown)
      for item in notCounted {
        let why = item.failed.map(s.condition).joined(separator: ", ")
        lines.append("- \(s.discounted) (\(why)): “\(item.quote.markdownEscaped)”")
      }
      if !notCounted.isEmpty { lines.append("") }
    }
    let advice = s.text(criterion.advice)
    if !advice.isEmpty {
      lines.append("**\(s.advice):** \(advice.markdownEscaped)")
      lines.append("")
    }
    return lines
  }
}
