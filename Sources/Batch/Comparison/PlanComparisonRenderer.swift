import PlanReading
import Reporting
import Scoring

/// Writes a ``PlanComparison`` as text, Markdown, CSV, HTML or JSON: the
/// warning about different rubrics first, the file, title, grade and rung of
/// both versions, then per criterion the level then and now with the
/// evidence that appeared (`+`) or disappeared (`−`).
public struct PlanComparisonRenderer: DocumentRenderer {
  /// Text, Markdown, CSV, HTML and JSON.
  public static let formats: [OutputFormat] = [.text, .markdown, .csv, .html, .json]

  /// The language of labels and rubric texts.
  public let language: PlanLanguage

  /// Creates the renderer.
  public init(language: PlanLanguage) {
    self.language = language
  }

  /// The comparison in a format.
  public func render(_ comparison: PlanComparison, as format: OutputFormat) -> String {
    let s = ReportStrings(language: language)
    switch format {
    case .text: return text(comparison, s, markdown: false)
    case .markdown: return text(comparison, s, markdown: true)
    case .csv: return csv(comparison, s)
    case .html: return html(comparison, s)
    case .json: return ComparisonJSON.plan(comparison, s)
    }
  }

  /// `Basis: file — cijfer 4,2 (onvoldoende), trede 2 raadplegen`.
  private func side(_ label: String, _ card: Scorecard, _ s: ReportStrings) -> String {
    let verdict = card.passed ? s.passed : s.failed
    return "\(label): \(HTMLRenderer.title(of: card)) (\(card.plan.source)) — "
      + "\(s.grade.lowercased()) \(s.decimal(card.grade)) (\(verdict)), "
      + "\(s.rung) \(card.ladder.rung) \(s.text(card.ladder.label))"
  }

  private func levels(_ criterion: PlanComparison.Criterion, _ s: ReportStrings) -> String {
    criterion.from == criterion.to
      ? "\(s.level(criterion.to)) (\(s.unchanged))"
      : "\(s.level(criterion.from)) → \(s.level(criterion.to))"
  }

  // MARK: - Text and Markdown

  private func text(_ comparison: PlanComparison, _ s: ReportStrings, markdown: Bool) -> String {
    let escape = { (text: String) in markdown ? text.markdownEscaped : text }
    var lines =
      comparison.mixedRubrics
      ? [markdown ? "**\(escape(s.differentRubrics))**" : s.differentRubrics, ""] : []
    lines += [markdown ? "# \(s.planTitle)" : s.planTitle, ""]
    lines.append((markdown ? "- " : "") + escape(side(s.baseline, comparison.baseline, s)))
    lines.append((markdown ? "- " : "") + escape(side(s.current, comparison.current, s)))
    lines.append((markdown ? "- " : "") + "\(s.changeWord): \(s.change(comparison.gradeChange))")
    for criterion in comparison.criteria {
      lines.append("")
      let heading = "\(escape(s.text(criterion.title))): \(levels(criterion, s))"
      lines.append(markdown ? "## \(heading)" : heading)
      if markdown && criterion.changed { lines.append("") }
      for item in criterion.appeared {
        lines.append("  + “\(escape(item.quote))” (\(escape(item.place(s))))")
      }
      for item in criterion.disappeared {
        lines.append("  − “\(escape(item.quote))” (\(escape(item.place(s))))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: - CSV

  private func csv(_ comparison: PlanComparison, _ s: ReportStrings) -> String {
    let field = { (text: String) in CSVWriter.field(text) }
    var rows: [[String]] = comparison.mixedRubrics ? [[field(s.differentRubrics)]] : []
    rows.append(["id", s.criteria, s.then, s.now, s.appeared, s.disappeared].map(field))
    rows.append([
      "file", field(s.file), field(comparison.baseline.plan.source),
      field(comparison.current.plan.source), "", "",
    ])
    rows.append([
      "title", field(s.title), field(comparison.baseline.plan.title ?? ""),
      field(comparison.current.plan.title ?? ""), "", "",
    ])
    rows.append([
      "grade", field(s.grade), s.decimal(comparison.baseline.grade),
      s.decimal(comparison.current.grade), "", "",
    ])
    for criterion in comparison.criteria {
      rows.append([
        field(criterion.id), field(s.text(criterion.title)), field(s.level(criterion.from)),
        field(s.level(criterion.to)),
        field(criterion.appeared.map(\.quote).joined(separator: " | ")),
        field(criterion.disappeared.map(\.quote).joined(separator: " | ")),
      ])
    }
    return CSVWriter.file(rows)
  }

  // MARK: - HTML

  private func html(_ comparison: PlanComparison, _ s: ReportStrings) -> String {
    let renderer = HTMLRenderer(language: language)
    var body = "<header class=\"page\">\n<p class=\"eyebrow\">\(s.scorecard.htmlEscaped)</p>\n"
    if comparison.mixedRubrics {
      body += "<p class=\"advice\">\(s.differentRubrics.htmlEscaped)</p>\n"
    }
    body += "<h1>\(s.planTitle.htmlEscaped)</h1>\n"
    body += "<p class=\"lead\">\(side(s.baseline, comparison.baseline, s).htmlEscaped)<br>"
    body += "\(side(s.current, comparison.current, s).htmlEscaped)<br>"
    body += "\(s.changeWord): <strong>\(s.change(comparison.gradeChange))</strong></p>\n</header>\n"
    body += "<table id=\"comparison\">\n<thead><tr><th>\(s.criteria)</th>"
    body +=
      "<th class=\"num\">\(s.then)</th><th class=\"num\">\(s.now)</th></tr></thead>\n<tbody>\n"
    for criterion in comparison.criteria {
      body += "<tr><td><a href=\"#\(HTMLRenderer.anchor(criterion.id))\">"
      body += "\(s.text(criterion.title).htmlEscaped)</a></td>"
      body += LevelCell(level: criterion.from, maxLevel: criterion.maxLevel).html(
        s, tooltip: s.then)
      body += LevelCell(level: criterion.to, maxLevel: criterion.maxLevel).html(s, tooltip: s.now)
      body += "</tr>\n"
    }
    body += "</tbody>\n</table>\n"
    for criterion in comparison.criteria where criterion.changed {
      body += "<section class=\"criterion\" id=\"\(HTMLRenderer.anchor(criterion.id))\">\n"
      body += "<h3>\(s.text(criterion.title).htmlEscaped) "
      body += "<span class=\"level-tag\">\(levels(criterion, s).htmlEscaped)</span></h3>\n"
      if !criterion.appeared.isEmpty {
        body += "<p><strong>\(s.appeared.htmlEscaped)</strong></p>\n"
        body += criterion.appeared.map { renderer.quote($0, s) }.joined()
      }
      if !criterion.disappeared.isEmpty {
        body += "<p><strong>\(s.disappeared.htmlEscaped)</strong></p>\n"
        body += criterion.disappeared.map { renderer.quote($0, s, style: "gone") }.joined()
      }
      body += "</section>\n"
    }
    body += "<footer>\(s.inspiredBy.htmlEscaped)</footer>"
    return HTMLPage.document(title: s.planTitle, language: language, body: body)
  }
}
