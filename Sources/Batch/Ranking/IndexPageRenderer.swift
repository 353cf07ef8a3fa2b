import PlanReading
import Reporting
import Scoring

/// Renders a batch's `index.html`: one self-contained page (inline CSS and
/// SVG, no scripts or fonts from elsewhere) with the ranking by report grade
/// (`id="ranking"`), the card itself as a heat map of criteria by plan with
/// the level written in every cell, a bar chart of the grades, the plans that
/// could not be scored, and links to every plan's own report.
///
/// When some plan has a card merged with residents' assessments, the ranking
/// adds where its levels come from and the engine's grade alone, and the
/// assessment files that could not be used get a table of their own.
///
/// Every text taken from a plan, a rubric or an assessment is HTML-escaped.
public struct IndexPageRenderer: Sendable {
  /// The language of the labels and of the rubric's texts.
  public let language: PlanLanguage

  /// Creates the renderer.
  public init(language: PlanLanguage) {
    self.language = language
  }

  /// The page.
  /// - Parameters:
  ///   - ranking: The scored plans, ranked.
  ///   - failures: The plans that could not be scored.
  public func render(_ ranking: Ranking, failures: [PlanFailure]) -> String {
    let s = ReportStrings(language: language)
    let plans = ranking.entries.map(\.plan)
    var body = "<header class=\"page\">\n<p class=\"eyebrow\">\(s.scorecard.htmlEscaped)</p>\n"
    body += "<h1>\(s.comparisonTitle.htmlEscaped)</h1>\n"
    let planFailures = failures.filter { !$0.isAssessment }
    var lead = s.batchSummary(scored: plans.count, failed: planFailures.count)
    if let rubric = plans.first?.scorecard.rubric {
      lead += " · \(s.rubric): \(s.text(rubric.title)) (\(rubric.id) \(rubric.version))"
    }
    body += "<p class=\"lead\">\(lead.htmlEscaped)</p>\n</header>\n"
    body += rankingTable(ranking, s)
    body += heatMap(ranking, s)
    body += "<section id=\"grades\">\n<h2>\(s.chart.htmlEscaped)</h2>\n"
    body += GradeChart(plans: plans, strings: s).svg() + "</section>\n"
    body += failureTable(planFailures, title: s.notScored, id: "errors", s)
    body += failureTable(
      failures.filter(\.isAssessment), title: s.unusedAssessments, id: "assessment-errors", s)
    var footer = s.inspiredBy
    if let engine = plans.first?.scorecard.engineVersion { footer += " · engine \(engine)" }
    body += "<footer>\(footer.htmlEscaped)</footer>"
    return HTMLPage.document(title: s.comparisonTitle, language: language, body: body)
  }

  // MARK: - Ranking

  private func rankingTable(_ ranking: Ranking, _ s: ReportStrings) -> String {
    var html = "<section>\n<h2>\(s.ranking.htmlEscaped)</h2>\n<table id=\"ranking\">\n<thead><tr>"
    html += "<th class=\"num\">\(s.place)</th><th>\(s.plan.htmlEscaped)</th>"
    html += "<th class=\"num\">\(s.year)</th><th>\(s.kind)</th>"
    html += "<th class=\"num\">\(s.grade.htmlEscaped)</th><th>\(s.verdict)</th>"
    let merged = ranking.entries.contains { $0.plan.scorecard.assessments != nil }
    html += "<th>\(s.ladder.htmlEscaped)</th>"
    if merged {
      html += "<th>\(s.sourceWord.htmlEscaped)</th>"
      html += "<th class=\"num\">\(s.engineGradeColumn.htmlEscaped)</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for entry in ranking.entries {
      let card = entry.plan.scorecard
      html += "<tr><td class=\"num\">\(entry.place)</td>"
      html += "<td>\(link(entry.plan))<br>"
      if let title = card.plan.title, title != entry.plan.label {
        html += "\(title.htmlEscaped)<br>"
      }
      html += "<span class=\"muted\">\(entry.plan.file.htmlEscaped)</span></td>"
      html += "<td class=\"num\">\(card.plan.year.map(String.init) ?? "")</td>"
      html += "<td>\(card.plan.kind.rawValue.htmlEscaped)</td>"
      html += "<td class=\"num\"><strong>\(s.decimal(card.grade))</strong></td>"
      let passClass = card.passed ? "pass" : "fail"
      let verdict = card.passed ? s.passed : s.failed
      html += "<td><span class=\"badge \(passClass)\">\(verdict.htmlEscaped)</span></td>"
      html += "<td>\(card.ladder.rung) · \(s.text(card.ladder.label).htmlEscaped)</td>"
      if merged {
        let engine = card.assessments?.engineGrade ?? card.grade
        html += "<td>\(s.source(of: card).htmlEscaped)</td>"
        html += "<td class=\"num\">\(s.decimal(engine))</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n</section>\n"
  }

  /// The plan's name, linked to its report when there is one.
  private func link(_ plan: ScoredPlan) -> String {
    guard let report = plan.primaryReport else { return plan.label.htmlEscaped }
    return "<a href=\"\(report.urlPathEncoded)\">\(plan.label.htmlEscaped)</a>"
  }

  // MARK: - The card

  private func heatMap(_ ranking: Ranking, _ s: ReportStrings) -> String {
    let plans = ranking.entries.map(\.plan)
    let ids = SummaryCSVRenderer.criterionIDs(plans)
    let titles = Dictionary(
      plans.flatMap(\.scorecard.criteria).map { ($0.id, s.text($0.title)) },
      uniquingKeysWith: { first, _ in first })
    var html = "<section>\n<h2>\(s.card.htmlEscaped)</h2>\n"
    html += "<table id=\"card\" class=\"heatmap\">\n<thead><tr><th>\(s.plan.htmlEscaped)</th>"
    for id in ids {
      html += "<th class=\"crit\"><span>\((titles[id] ?? id).htmlEscaped)</span></th>"
    }
    html += "<th class=\"num\">\(s.grade.htmlEscaped)</th></tr></thead>\n<tbody>\n"
    for plan in plans {
      let year = plan.scorecard.plan.year.map { " (\($0))" } ?? ""
      let title = plan.scorecard.plan.title.map { " title=\"\($0.htmlEscaped)\"" } ?? ""
      html += "<tr><td class=\"name\"\(title)>\(link(plan))\(year)</td>"
      for id in ids {
        guard let result = plan.scorecard.criteria.first(where: { $0.id == id }) else {
          html += "<td></td>"
          continue
        }
        let tooltip = "\(s.text(result.title)): \(s.text(result.levelDescription))"
        html += LevelCell(level: result.level, maxLevel: result.maxLevel).html(s, tooltip: tooltip)
      }
      html += "<td class=\"num\"><strong>\(s.decimal(plan.scorecard.grade))</strong></td></tr>\n"
    }
    html += "</tbody>\n</table>\n<div class=\"legend\">"
    for (band, text) in [("low", "0"), ("mid", "1"), ("high", "2"), ("na", s.notApplicable)] {
      html += "<span><span class=\"swatch lvl-\(band)\">\(text.htmlEscaped)</span></span>"
    }
    html += "<span>\(s.legend.htmlEscaped)</span></div>\n</section>\n"
    return html
  }

  // MARK: - Failures

  /// The plans that could not be scored, or the assessments that could not
  /// be used; nothing when there are none.
  private func failureTable(
    _ failures: [PlanFailure], title: String, id: String, _ s: ReportStrings
  ) -> String {
    guard !failures.isEmpty else { return "" }
    var html = "<section>\n<h2>\(title.htmlEscaped)</h2>\n<table id=\"\(id)\">\n"
    html += "<thead><tr><th>\(s.file)</th><th>\(s.reason)</th></tr></thead>\n<tbody>\n"
    for failure in failures {
      html += "<tr><td>\(failure.position.htmlEscaped)</td>"
      html += "<td>\(failure.message.htmlEscaped)</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n</section>\n"
  }
}
