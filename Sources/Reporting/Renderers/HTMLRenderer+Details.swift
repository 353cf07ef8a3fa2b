import PlanReading
import Scoring

extension HTMLRenderer {
  // MARK: - Warnings, notes and metadata

  /// The signs of sham participation, at most five.
  func warnings(_ card: Scorecard, _ s: ReportStrings) -> String {
    guard !card.warnings.isEmpty else { return "" }
    var html = "<h2>\(s.warnings.htmlEscaped)</h2>\n"
    html += card.warnings.prefix(5).map { quote($0, s, style: "warning") }.joined()
    return html
  }

  /// The plan's metadata, the rubric and engine, and the reading notes.
  func details(_ card: Scorecard, _ s: ReportStrings) -> String {
    var html = "<h2>\(s.details.htmlEscaped)</h2>\n<dl class=\"facts\">\n"
    let facts: [(String, String?)] = [
      (s.title, card.plan.title),
      (
        s.municipality,
        card.plan.municipality.map { name in
          card.plan.municipalityCode.map { "\(name) (\($0))" } ?? name
        }
      ),
      (s.area, card.plan.area), (s.year, card.plan.year.map(String.init)),
      (s.kind, s.kindName(card.plan.kind)), (s.planStatus, s.statusName(card.plan.planStatus)),
      ("IMRO", card.plan.planId), (s.file, card.plan.source),
      (s.rubricOnCard, s.text(card.rubric.title)),
    ]
    for case let (label, value?) in facts {
      html += "<dt>\(label.htmlEscaped)</dt><dd>\(value.htmlEscaped)</dd>\n"
    }
    html += "</dl>\n"
    if !card.notes.isEmpty {
      html += "<h3>\(s.notes.htmlEscaped)</h3>\n<ul>\n"
      html += card.notes.map { "<li>\(s.note($0).htmlEscaped)</li>\n" }.joined()
      html += "</ul>\n"
    }
    return html
  }

  /// How the engine decided, folded away: a resident reads the card without it.
  func decision(_ card: Scorecard, _ s: ReportStrings) -> String {
    let decision = EngineDecision(card: card, strings: s)
    var html = "<details class=\"decision\">\n<summary>\(decision.title.htmlEscaped)</summary>\n"
    html += "<ul>\n"
    html += decision.lines.map { line in
      line.hasPrefix("  ")
        ? "<li class=\"muted\">\(line.dropFirst(2).description.htmlEscaped)</li>\n"
        : "<li>\(line.htmlEscaped)</li>\n"
    }.joined()
    html += "<li>SHA-256: \(card.plan.sha256.htmlEscaped)</li>\n</ul>\n</details>\n"
    return html
  }
}
