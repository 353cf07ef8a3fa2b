import PlanReading
import Reporting
import Scoring

/// Writes an ``EditionComparison`` as text, Markdown, CSV, HTML or JSON.
///
/// Every format names both files and both titles of each pair, marks a pair
/// made by the municipality alone, lists the plans without a pair on either
/// side, and puts the warning about different rubrics first.
public struct EditionComparisonRenderer: DocumentRenderer {
  /// Text, Markdown, CSV, HTML and JSON.
  public static let formats: [OutputFormat] = [.text, .markdown, .csv, .html, .json]

  /// The language of labels and rubric texts.
  public let language: PlanLanguage

  /// Creates the renderer.
  public init(language: PlanLanguage) {
    self.language = language
  }

  /// The comparison in a format.
  public func render(_ comparison: EditionComparison, as format: OutputFormat) -> String {
    let s = ReportStrings(language: language)
    switch format {
    case .text: return text(comparison, s)
    case .markdown: return markdown(comparison, s)
    case .csv: return csv(comparison, s)
    case .html: return html(comparison, s)
    case .json: return ComparisonJSON.edition(comparison, s)
    }
  }

  private func counts(_ comparison: EditionComparison, _ s: ReportStrings) -> String {
    "\(comparison.rows.count) \(s.inBoth) · \(s.added): \(comparison.added.count) · "
      + "\(s.dropped): \(comparison.dropped.count)"
  }

  /// `2024/zwolle.txt “Wijkplan Holtenbroek”`, or the file alone without a title.
  static func fileAndTitle(_ plan: ScoredPlan) -> String {
    guard let title = plan.scorecard.plan.title, !title.isEmpty else { return plan.file }
    return "\(plan.file) “\(title)”"
  }

  /// `file “title” → file “title”`, with the mark of a municipality-only pair.
  private func files(_ row: EditionComparison.Row, _ s: ReportStrings) -> String {
    let files = "\(Self.fileAndTitle(row.baseline)) → \(Self.fileAndTitle(row.current))"
    return row.basis == .municipalityOnly ? "\(files) (\(s.municipalityOnly))" : files
  }

  /// `Zwolle – Holtenbroek: zwolle.txt “Wijkplan” (3,6)`; the name is left
  /// out when it is the file's own.
  private func listed(_ plan: ScoredPlan, _ s: ReportStrings) -> String {
    let name = plan.file.hasSuffix(plan.label) ? "" : "\(plan.label): "
    return "\(name)\(Self.fileAndTitle(plan)) (\(s.decimal(plan.scorecard.grade)))"
  }

  // MARK: - Text and Markdown

  private func text(_ comparison: EditionComparison, _ s: ReportStrings) -> String {
    var lines = comparison.mixedRubrics ? [s.differentRubrics, ""] : []
    lines += [s.editionTitle, counts(comparison, s), ""]
    let width = max(s.plan.count, comparison.rows.map(\.label.count).max() ?? 0)
    let pad = { (text: String) in text + String(repeating: " ", count: max(0, width - text.count)) }
    let right = { (text: String, to: Int) in
      String(repeating: " ", count: max(0, to - text.count)) + text
    }
    let columns = { (label: String, then: String, now: String, change: String) in
      "\(pad(label))  \(right(then, 5))  \(right(now, 5))  \(right(change, 8))"
    }
    lines.append(columns(s.plan, s.then, s.now, s.changeWord))
    for row in comparison.rows {
      lines.append(
        columns(
          row.label, s.decimal(row.baseline.scorecard.grade),
          s.decimal(row.current.scorecard.grade), s.change(row.gradeChange)))
      lines.append("  \(files(row, s))")
      for (title, changes) in [(s.rose, row.rose), (s.fell, row.fell), (s.oneSided, row.oneSided)]
      where !changes.isEmpty {
        lines.append("  \(title): \(s.levelChanges(changes, titles: true))")
      }
    }
    for (title, plans) in [(s.added, comparison.added), (s.dropped, comparison.dropped)]
    where !plans.isEmpty {
      lines += ["", "\(title):"] + plans.map { "  \(listed($0, s))" }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func markdown(_ comparison: EditionComparison, _ s: ReportStrings) -> String {
    var lines = comparison.mixedRubrics ? ["**\(s.differentRubrics.markdownEscaped)**", ""] : []
    lines += ["# \(s.editionTitle)", "", counts(comparison, s).markdownEscaped, ""]
    lines.append(
      "| \(s.plan) | \(s.file) | \(s.then) | \(s.now) | \(s.changeWord) | \(s.rose) | \(s.fell) "
        + "| \(s.oneSided) |")
    lines.append("|---|---|---:|---:|---:|---|---|---|")
    for row in comparison.rows {
      let cells = [
        row.label.markdownEscaped, files(row, s).markdownEscaped,
        s.decimal(row.baseline.scorecard.grade), s.decimal(row.current.scorecard.grade),
        s.change(row.gradeChange), s.levelChanges(row.rose, titles: true).markdownEscaped,
        s.levelChanges(row.fell, titles: true).markdownEscaped,
        s.levelChanges(row.oneSided, titles: true).markdownEscaped,
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    for (title, plans) in [(s.added, comparison.added), (s.dropped, comparison.dropped)]
    where !plans.isEmpty {
      lines += ["", "## \(title)", ""]
      lines += plans.map { "- \(listed($0, s).markdownEscaped)" }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: - CSV

  private func csv(_ comparison: EditionComparison, _ s: ReportStrings) -> String {
    let field = { (text: String?) in CSVWriter.field(text ?? "") }
    var rows: [[String]] = comparison.mixedRubrics ? [[field(s.differentRubrics)]] : []
    rows.append(
      [
        s.plan, "\(s.file) (\(s.then))", "\(s.title) (\(s.then))", "\(s.file) (\(s.now))",
        "\(s.title) (\(s.now))", "\(s.grade) (\(s.then))", "\(s.grade) (\(s.now))", s.changeWord,
        s.rose, s.fell, s.oneSided, "status",
      ].map { field($0) })
    for row in comparison.rows {
      rows.append([
        field(row.label), field(row.baseline.file), field(row.baseline.scorecard.plan.title),
        field(row.current.file), field(row.current.scorecard.plan.title),
        s.decimal(row.baseline.scorecard.grade), s.decimal(row.current.scorecard.grade),
        s.change(row.gradeChange), field(s.levelChanges(row.rose, titles: false)),
        field(s.levelChanges(row.fell, titles: false)),
        field(s.levelChanges(row.oneSided, titles: false)),
        row.basis == .municipalityOnly ? field(s.municipalityOnly) : "",
      ])
    }
    for plan in comparison.added {
      rows.append([
        field(plan.label), "", "", field(plan.file), field(plan.scorecard.plan.title), "",
        s.decimal(plan.scorecard.grade), "", "", "", "", field(s.added),
      ])
    }
    for plan in comparison.dropped {
      rows.append([
        field(plan.label), field(plan.file), field(plan.scorecard.plan.title), "", "",
        s.decimal(plan.scorecard.grade), "", "", "", "", "", field(s.dropped),
      ])
    }
    return CSVWriter.file(rows)
  }

  // MARK: - HTML

  private func html(_ comparison: EditionComparison, _ s: ReportStrings) -> String {
    var body = "<header class=\"page\">\n<p class=\"eyebrow\">\(s.scorecard.htmlEscaped)</p>\n"
    if comparison.mixedRubrics {
      body += "<p class=\"advice\">\(s.differentRubrics.htmlEscaped)</p>\n"
    }
    body += "<h1>\(s.editionTitle.htmlEscaped)</h1>\n"
    body += "<p class=\"lead\">\(counts(comparison, s).htmlEscaped)</p>\n</header>\n"
    body += "<table id=\"comparison\">\n<thead><tr><th>\(s.plan.htmlEscaped)</th>"
    body += "<th>\(s.file.htmlEscaped)</th>"
    body += "<th class=\"num\">\(s.then)</th><th class=\"num\">\(s.now)</th>"
    body += "<th class=\"num\">\(s.changeWord)</th><th>\(s.rose)</th><th>\(s.fell)</th>"
    body += "<th>\(s.oneSided.htmlEscaped)</th></tr></thead>\n<tbody>\n"
    for row in comparison.rows {
      let direction = row.gradeChange > 0 ? "up" : row.gradeChange < 0 ? "down" : "same"
      body += "<tr><td>\(row.label.htmlEscaped)</td>"
      body += "<td>\(files(row, s).htmlEscaped)</td>"
      body += "<td class=\"num\">\(s.decimal(row.baseline.scorecard.grade))</td>"
      body += "<td class=\"num\">\(s.decimal(row.current.scorecard.grade))</td>"
      body += "<td class=\"num \(direction)\">\(s.change(row.gradeChange))</td>"
      body += "<td>\(s.levelChanges(row.rose, titles: true).htmlEscaped)</td>"
      body += "<td>\(s.levelChanges(row.fell, titles: true).htmlEscaped)</td>"
      body += "<td>\(s.levelChanges(row.oneSided, titles: true).htmlEscaped)</td></tr>\n"
    }
    body += "</tbody>\n</table>\n"
    for (title, plans) in [(s.added, comparison.added), (s.dropped, comparison.dropped)]
    where !plans.isEmpty {
      body += "<h2>\(title.htmlEscaped)</h2>\n<ul>\n"
      body += plans.map { "<li>\(listed($0, s).htmlEscaped)</li>\n" }.joined()
      body += "</ul>\n"
    }
    body += "<footer>\(s.inspiredBy.htmlEscaped)</footer>"
    return HTMLPage.document(title: s.editionTitle, language: language, body: body)
  }
}
