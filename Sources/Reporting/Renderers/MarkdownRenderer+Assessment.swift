import Scoring

/// The parts of the Markdown card that only a merged card has: the engine's
/// grade, the assessors and the merge rule under the grade; a source and an
/// engine column in the overview; per criterion the source, the engine's
/// level and a table of the assessors' levels and remarks.
///
/// Every name, file name and remark is escaped, as plan text is; line breaks
/// in them become spaces, so they cannot break a table or a list.
extension MarkdownRenderer {
  // MARK: - Header

  /// The engine's grade, the assessors with their notes, and the merge rule;
  /// nothing on an engine-only card.
  func mergeHeader(_ card: Scorecard, _ s: ReportStrings) -> [String] {
    guard let merge = card.assessments else { return [] }
    let verdict = merge.enginePassed ? s.passed : s.failed
    let grade = s.decimal(merge.engineGrade)
    var lines = ["", "**\(s.engineGrade):** \(grade) (\(verdict))"]
    lines += ["", "**\(s.assessedBy):**", ""]
    for entry in merge.assessors {
      let name = TextRenderer.plain(entry.name).markdownEscaped
      let file = TextRenderer.plain(entry.file).markdownEscaped
      lines.append("- \(name), \(entry.date.markdownEscaped) (\(file))")
      lines += entry.notes.map { "  - \(s.assessmentNote($0, of: entry).markdownEscaped)" }
    }
    lines += ["", "_\(s.mergeRule): \(s.text(merge.rule).markdownEscaped)_"]
    return lines
  }

  // MARK: - Overview

  /// The extra header and rule of the overview table; empty on an
  /// engine-only card.
  func sourceColumns(_ card: Scorecard, _ s: ReportStrings) -> (header: String, rule: String) {
    guard card.assessments != nil else { return ("", "") }
    return (" \(s.sourceWord.lowercased()) | \(s.engineWord) |", "---|---|")
  }

  /// A criterion's source and engine level as two more cells.
  func sourceCells(_ criterion: CriterionResult, _ s: ReportStrings) -> String {
    guard let assessment = criterion.assessment else { return "" }
    let engine = s.level(assessment.engineLevel, of: criterion.maxLevel)
    return " \(s.source(assessment.source)) | \(engine) |"
  }

  // MARK: - Criteria

  /// The source of a criterion's level, the engine's level, and a table of
  /// each assessor's level and remark; nothing on an engine-only card.
  func judgementLines(_ criterion: CriterionResult, _ s: ReportStrings) -> [String] {
    guard let assessment = criterion.assessment else { return [] }
    let source = s.source(of: assessment, maxLevel: criterion.maxLevel)
    var lines = ["**\(s.sourceWord):** \(source)", ""]
    guard !assessment.judgements.isEmpty else { return lines + [s.noJudgement, ""] }
    lines.append("| \(s.assessorWord) | \(s.levelWord) | \(s.remarkWord.lowercased()) |")
    lines.append("|---|---|---|")
    for judgement in assessment.judgements {
      var level = s.level(judgement.level, of: criterion.maxLevel)
      if judgement.agreesWithEngine { level += " (\(s.agreesWithEngine))" }
      let name = TextRenderer.plain(judgement.assessor).markdownEscaped
      let remark = judgement.remark.map { TextRenderer.plain($0).markdownEscaped } ?? ""
      lines.append("| \(name) | \(level) | \(remark) |")
    }
    return lines + [""]
  }
}
