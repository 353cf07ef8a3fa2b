import Scoring

/// The lines of the text card that only a merged card has: the engine's grade,
/// the assessors and the merge rule under the grade; per criterion where its
/// level comes from, the engine's level and each assessor's level and remark.
///
/// Names and remarks come from assessment files, which anyone can edit, so
/// control characters in them (a terminal escape, a line break) are shown as
/// spaces.
extension TextRenderer {
  // MARK: - Header

  /// The engine's grade, the assessors with their notes, and the merge rule;
  /// nothing on an engine-only card.
  func mergeHeader(_ card: Scorecard, _ s: ReportStrings) -> [String] {
    guard let merge = card.assessments else { return [] }
    let verdict = merge.enginePassed ? s.passed : s.failed
    var lines = ["\(s.engineGrade): \(s.decimal(merge.engineGrade))  \(verdict)"]
    lines.append("\(s.assessedBy):")
    for entry in merge.assessors {
      lines.append("  - \(Self.plain(s.assessor(entry)))")
      lines += entry.notes.map { "    ! \(Self.plain(s.assessmentNote($0, of: entry)))" }
    }
    lines.append("  \(s.text(merge.rule))")
    return lines
  }

  // MARK: - Criteria

  /// `  [bewoners (de scorecard gaf 1/2)]` after a criterion's bar; empty on
  /// an engine-only card.
  func sourceNote(_ criterion: CriterionResult, _ s: ReportStrings) -> String {
    guard let assessment = criterion.assessment else { return "" }
    return "  [\(s.source(of: assessment, maxLevel: criterion.maxLevel))]"
  }

  /// The source of a criterion's level, the engine's level, and each
  /// assessor's level and remark; nothing on an engine-only card.
  func judgementLines(_ criterion: CriterionResult, _ s: ReportStrings) -> [String] {
    guard let assessment = criterion.assessment else { return [] }
    var lines = [
      "   \(s.sourceWord): \(s.source(of: assessment, maxLevel: criterion.maxLevel))"
    ]
    guard !assessment.judgements.isEmpty else { return lines + ["   \(s.noJudgement)"] }
    lines.append("   \(s.residentsWord):")
    for judgement in assessment.judgements {
      var line =
        "     \(Self.plain(judgement.assessor)): "
        + s.level(judgement.level, of: criterion.maxLevel)
      if judgement.agreesWithEngine { line += " (\(s.agreesWithEngine))" }
      if let remark = judgement.remark { line += " — “\(Self.plain(remark))”" }
      lines.append(line)
    }
    return lines
  }

  /// The text with every control character (escape, line break, tab) as a space.
  static func plain(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
  }
}
