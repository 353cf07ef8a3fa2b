import Scoring

/// The parts of the HTML report that only a merged card has: a section with
/// the engine's grade, the assessors, their notes and the merge rule; a source
/// and an engine column in the overview; per criterion the source, the
/// engine's level and a table of the assessors' levels and remarks.
///
/// Names, file names and remarks come from assessment files that anyone can
/// edit: every one of them is HTML-escaped, like plan text.
extension HTMLRenderer {
  // MARK: - Header

  /// The section under the grade; empty on an engine-only card.
  func mergeSection(_ card: Scorecard, _ s: ReportStrings) -> String {
    guard let merge = card.assessments else { return "" }
    let passClass = merge.enginePassed ? "pass" : "fail"
    let verdict = merge.enginePassed ? s.passed : s.failed
    var html = "<section id=\"assessments\">\n<h2>\(s.assessedBy.htmlEscaped)</h2>\n"
    html += "<p><strong>\(s.engineGrade.htmlEscaped):</strong> \(s.decimal(merge.engineGrade)) "
    html += "<span class=\"badge \(passClass)\">\(verdict.htmlEscaped)</span></p>\n<ul>\n"
    for entry in merge.assessors {
      html += "<li>\(s.assessor(entry).htmlEscaped)"
      if !entry.notes.isEmpty {
        html += "\n<ul>\n"
        for note in entry.notes {
          html += "<li class=\"muted\">\(s.assessmentNote(note, of: entry).htmlEscaped)</li>\n"
        }
        html += "</ul>\n"
      }
      html += "</li>\n"
    }
    html += "</ul>\n<p class=\"muted\"><strong>\(s.mergeRule.htmlEscaped):</strong> "
    html += "\(s.text(merge.rule).htmlEscaped)</p>\n</section>\n"
    return html
  }

  // MARK: - Overview

  /// The source and engine headers of the overview; empty on an engine-only card.
  func sourceHeaders(_ card: Scorecard, _ s: ReportStrings) -> String {
    guard card.assessments != nil else { return "" }
    return "<th>\(s.sourceWord.lowercased().htmlEscaped)</th>"
      + "<th class=\"lvl\">\(s.engineWord.htmlEscaped)</th>"
  }

  /// A criterion's source and the engine's level as two more cells.
  func sourceCells(_ criterion: CriterionResult, _ s: ReportStrings) -> String {
    guard let assessment = criterion.assessment else { return "" }
    let cell = LevelCell(level: assessment.engineLevel, maxLevel: criterion.maxLevel)
    return "<td>\(s.source(assessment.source).htmlEscaped)</td>"
      + cell.html(s, tooltip: s.engineWord)
  }

  // MARK: - Criteria

  /// The source of a criterion's level, the engine's level, and a table of
  /// each assessor's level and remark; empty on an engine-only card.
  func judgements(_ criterion: CriterionResult, _ s: ReportStrings) -> String {
    guard let assessment = criterion.assessment else { return "" }
    let source = s.source(of: assessment, maxLevel: criterion.maxLevel)
    var html = "<p><strong>\(s.sourceWord.htmlEscaped):</strong> \(source.htmlEscaped)</p>\n"
    guard !assessment.judgements.isEmpty else {
      return html + "<p class=\"muted\">\(s.noJudgement.htmlEscaped)</p>\n"
    }
    html += "<table class=\"judgements\">\n<thead><tr><th>\(s.assessorWord.htmlEscaped)</th>"
    html += "<th class=\"lvl\">\(s.levelWord.htmlEscaped)</th>"
    html += "<th>\(s.remarkWord.htmlEscaped)</th></tr></thead>\n<tbody>\n"
    for judgement in assessment.judgements {
      let cell = LevelCell(level: judgement.level, maxLevel: criterion.maxLevel)
      html += "<tr><td>\(judgement.assessor.htmlEscaped)</td>"
      html += cell.html(s, tooltip: s.level(judgement.level, of: criterion.maxLevel))
      let parts = [
        judgement.remark?.htmlEscaped,
        judgement.agreesWithEngine
          ? "<span class=\"muted\">(\(s.agreesWithEngine.htmlEscaped))</span>" : nil,
      ]
      html += "<td>\(parts.compactMap { $0 }.joined(separator: " "))"
      html += "</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }
}
