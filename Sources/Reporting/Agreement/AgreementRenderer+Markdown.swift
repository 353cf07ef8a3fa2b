import Assessment

/// The Markdown form: the same content as the text, with tables for the
/// questions and plans, and every text from assessments escaped.
extension AgreementRenderer {
  func markdown(_ report: AgreementReport, _ s: ReportStrings) -> String {
    let escape = { (text: String) in text.markdownEscaped }
    let planLine =
      report.plans.count == 1
      ? "- Plan: \(escape(report.plans.first?.file ?? ""))"
      : "- \(s.plansWord): \(report.plans.count)"
    var lines = [
      "# \(s.agreementTitle)", "",
      "- \(s.rubric): \(escape(report.rubricID)) \(report.rubricVersions.map(escape).joined(separator: ", "))",
      "- \(s.assessors): \(escape(s.list(report.coders.map(s.coderInSentence))))", planLine, "",
      s.unanimity(report.overall, plans: report.plans.count, withEngine: report.withEngine),
    ]
    if let pairwise = s.pairwise(report.overall.pairwise) { lines += ["", pairwise] }
    lines += ["", s.alphaSentence(report.overall), "", "## \(s.perQuestion)", ""]
    lines += questionTable(report, s)
    if report.plans.count == 1 { lines += ["", s.alphaNeedsPlans] }
    if report.plans.count > 1 {
      lines += [
        "", "## \(s.perPlan)", "",
        "| \(s.planColumn) | \(s.assessors) | \(s.agreedColumn) "
          + "| \(s.alphaColumn) |", "|---|---|---|---|",
      ]
      lines += report.plans.map { plan in
        "| \(escape(plan.file)) | \(escape(s.list(plan.assessors))) | "
          + "\(plan.figures.unanimous) / \(plan.figures.units) | "
          + "\(s.alphaShort(plan.figures, perCriterion: false)) |"
      }
    }
    lines += ["", "## \(s.widest)"]
    if report.disagreements.isEmpty { lines += ["", s.noDisagreement] }
    for (index, item) in report.disagreements.enumerated() {
      lines += [
        "", "### \(index + 1). " + disagreementHeading(item, report, s, escape: escape), "",
      ]
      lines += disagreementBody(item, s, escape: escape).map { line in
        line.hasPrefix("  “") ? "  - " + line.dropFirst(2) : "- " + line
      }
    }
    let more = report.disagreementCount - report.disagreements.count
    if more > 0 { lines += ["", s.moreDisagreements(more, hint: moreHint)] }
    if let feedback = report.rubricFeedback {
      lines += ["", "## \(s.feedbackTitle)", "", "### \(s.feedbackIndicators)", ""]
      lines += feedback.indicators.map { "- " + indicatorLine($0, s, escape: escape) }
      if !feedback.unfired.isEmpty {
        lines += ["", "### \(s.feedbackUnfired)", ""]
        lines += feedback.unfired.map { "- " + unfiredLine($0, s, escape: escape) }
        lines += ["", s.unfiredHint]
      }
    }
    lines += closingSections(report, s, bullet: "- ", escape: escape, heading: { "## \($0)\n" })
    return lines.joined(separator: "\n") + "\n"
  }

  /// The per-question table: the coders' levels (one plan) or the figures.
  private func questionTable(_ report: AgreementReport, _ s: ReportStrings) -> [String] {
    let escape = { (text: String) in text.markdownEscaped }
    if report.plans.count == 1 {
      let names = report.coders.map { escape(s.coder($0)) }
      var rows = [
        "| \(s.question) | " + names.joined(separator: " | ") + " | |",
        "|---|" + String(repeating: "---|", count: names.count + 1),
      ]
      let units = onlyUnits(report)
      for criterion in report.criteria {
        let levels = units[criterion.id]?.levels ?? []
        rows.append(
          "| \(escape(criterionName(criterion.id, criterion.title, s))) | "
            + levels.map(level).joined(separator: " | ") + " | \(verdict(levels, s)) |")
      }
      return rows
    }
    var rows = [
      "| \(s.question) | \(s.agreedColumn) | \(s.sameColumn) | \(s.alphaColumn) |",
      "|---|---|---|---|",
    ]
    for criterion in report.criteria {
      let figures = criterion.figures
      rows.append(
        "| \(escape(criterionName(criterion.id, criterion.title, s))) | "
          + "\(figures.unanimous) / \(figures.units) | "
          + "\(figures.pairwise.map { s.percent($0.exact) } ?? "–") | "
          + "\(s.alphaShort(figures, perCriterion: true)) |")
    }
    return rows
  }
}
