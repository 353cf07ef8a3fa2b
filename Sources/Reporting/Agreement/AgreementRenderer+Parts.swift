import Assessment
import Scoring

/// The pieces text and Markdown share: rows, disagreements, feedback, notes.
extension AgreementRenderer {
  // MARK: - Questions and plans

  /// A criterion's title in the report's language, or its id without a rubric.
  func criterionName(_ id: String, _ title: [String: String], _ s: ReportStrings) -> String {
    let text = s.text(title)
    return text.isEmpty ? id : text
  }

  /// The unit of each criterion when the report has one plan, by criterion
  /// id (built once, so a report with many criteria renders in linear time).
  func onlyUnits(_ report: AgreementReport) -> [String: UnitLevels] {
    Dictionary(report.units.map { ($0.criterion, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// A level, or `–` where none was given.
  func level(_ value: Int?) -> String {
    value.map(String.init) ?? "–"
  }

  /// `eens`, `verschil 2`, or `–` when fewer than two levels were given.
  func verdict(_ levels: [Int?], _ s: ReportStrings) -> String {
    let given = levels.compactMap { $0 }
    guard given.count >= 2, let low = given.min(), let high = given.max() else { return "–" }
    return low == high ? s.agreed : s.apart(high - low)
  }

  /// The cells after a question's title: each coder's level (one plan) or the
  /// figures over the plans (several).
  /// - Parameter units: ``onlyUnits(_:)`` of the report.
  func questionCells(
    _ criterion: CriterionAgreement, _ report: AgreementReport, _ s: ReportStrings,
    units: [String: UnitLevels]
  ) -> [String] {
    if report.plans.count == 1 {
      let levels = units[criterion.id]?.levels ?? []
      let cells = report.coders.indices.map { index in
        "\(s.coder(report.coders[index])) \(level(index < levels.count ? levels[index] : nil))"
      }
      return cells + [verdict(levels, s)]
    }
    guard criterion.figures.units > 0 else { return ["–"] }
    return [
      s.criterionSummary(criterion.figures),
      "\(s.alphaWord) \(s.alphaShort(criterion.figures, perCriterion: true))",
    ]
  }

  /// `plan.md (Anna, Bram): eens over 7 van de 9 vragen · alfa 0,79`.
  func planLine(_ plan: AgreementPlan, _ s: ReportStrings) -> String {
    "\(plan.file) (\(s.list(plan.assessors))): \(s.planSummary(plan.figures)) · "
      + "\(s.alphaWord) \(s.alphaShort(plan.figures, perCriterion: false))"
  }

  // MARK: - Disagreements

  /// `Ondersteuning — plan.md — verschil 2`; without the plan when the
  /// report has only one.
  func disagreementHeading(
    _ item: Disagreement, _ report: AgreementReport, _ s: ReportStrings,
    escape: (String) -> String
  ) -> String {
    let plan = report.plans.count > 1 ? " — " + escape(item.plan) : ""
    return escape(criterionName(item.criterion, item.title, s)) + plan + " — "
      + s.apart(item.range)
  }

  /// Each resident's level and remark, the engine's level and the quotes.
  func disagreementBody(
    _ item: Disagreement, _ s: ReportStrings, escape: (String) -> String
  ) -> [String] {
    var lines = item.judgements.map { judgement in
      "\(escape(judgement.assessor)): \(judgement.level)"
        + (judgement.remark.map { " — “\(escape($0))”" } ?? "")
    }
    lines.append(s.engineGave(item.engineLevel))
    guard !item.quotes.isEmpty else { return lines + [s.noQuotes] }
    lines.append(s.shownQuotes)
    let judged = Set(item.judgements.map(\.assessor))
    for quote in item.quotes {
      var line = "  “\(escape(quote.quote))” (\(escape(place(quote, s))))"
      if !judged.isSubset(of: quote.shownTo) { line += " " + escape(s.onlyShownTo(quote.shownTo)) }
      lines.append(line)
    }
    return lines
  }

  /// Where a quote stands: `Section › Subsection, regel 12` (`blz. 12` for a PDF).
  func place(_ quote: Disagreement.ShownQuote, _ s: ReportStrings) -> String {
    let section = quote.headingPath.suffix(2).joined(separator: " › ")
    let line = quote.page.map { "\(s.page) \($0)" } ?? "\(s.line) \(quote.line)"
    return section.isEmpty ? line : "\(section), \(line)"
  }

  // MARK: - Feedback and notes

  /// `invloed · meebeslissen · “bewoners beslissen”: 3× overgenomen, …`.
  func indicatorLine(
    _ item: IndicatorFeedback, _ s: ReportStrings, escape: (String) -> String
  ) -> String {
    "\(escape(item.criterion)) · \(escape(item.group)) · “\(escape(item.indicator))”: "
      + s.feedbackCounts(
        kept: item.kept, up: item.overruledUp, down: item.overruledDown, rate: item.overruleRate)
  }

  /// `geld: 2× overgenomen, 1× hoger (33% veranderd)`.
  func unfiredLine(
    _ item: UnfiredFeedback, _ s: ReportStrings, escape: (String) -> String
  ) -> String {
    "\(escape(item.criterion)): "
      + s.feedbackCounts(kept: item.kept, up: item.higher, down: nil, rate: item.overruleRate)
  }

  /// The notes and the files that could not be read, each under a heading.
  func closingSections(
    _ report: AgreementReport, _ s: ReportStrings, bullet: String,
    escape: (String) -> String, heading: (String) -> String
  ) -> [String] {
    var lines: [String] = []
    if !report.notes.isEmpty {
      lines += ["", heading(s.notesTitle)]
      lines += report.notes.map { bullet + escape(s.agreementNote($0)) }
    }
    if !report.skipped.isEmpty {
      lines += ["", heading(s.skippedTitle)]
      lines += report.skipped.map { bullet + escape("\($0.file): \($0.reason)") }
    }
    return lines
  }
}
