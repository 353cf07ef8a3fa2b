import PlanReading
import Reporting
import Scoring

/// Renders a batch's `summary.csv`: one row per plan, in ranking order, then
/// one row per plan that could not be scored.
///
/// The file is written by ``CSVWriter`` (a byte order mark, `;`, CRLF, formulas
/// neutralised), with a decimal comma in Dutch and a decimal point in English.
///
/// When some plan has a card merged with residents' assessments, three
/// columns follow the error column: where the levels come from, the engine's
/// grade alone and the number of assessors (engine-only batches keep their
/// columns).
public struct SummaryCSVRenderer: Sendable {
  /// The language of the header and of yes/no, and the decimal mark.
  public let language: PlanLanguage

  /// Creates the renderer.
  public init(language: PlanLanguage) {
    self.language = language
  }

  /// The whole file, starting with the byte order mark.
  /// - Parameters:
  ///   - ranking: The scored plans, ranked.
  ///   - failures: The plans that could not be scored, in file order.
  public func render(_ ranking: Ranking, failures: [PlanFailure]) -> String {
    let s = ReportStrings(language: language)
    let criteria = Self.criterionIDs(ranking.entries.map(\.plan))
    let merged = ranking.entries.contains { $0.plan.scorecard.assessments != nil }
    let extra = merged ? s.csvAssessmentColumns : []
    var rows = [s.csvLeadingColumns + criteria + [s.csvError] + extra]
    for entry in ranking.entries {
      let card = entry.plan.scorecard
      var row = [
        String(entry.place), text(entry.plan.file), text(card.plan.title),
        text(card.plan.municipality),
        text(card.plan.area), card.plan.year.map(String.init) ?? "", card.plan.kind.rawValue,
        s.decimal(card.grade), s.yesNo(card.passed), String(card.ladder.rung),
      ]
      row += criteria.map { id in
        guard let result = card.criteria.first(where: { $0.id == id }) else { return "" }
        return result.level.map(String.init) ?? s.notApplicable
      }
      rows.append(row + [""] + (merged ? assessmentFields(card, s) : []))
    }
    for failure in failures {
      let blanks = Array(repeating: "", count: s.csvLeadingColumns.count - 2 + criteria.count)
      rows.append(
        [""] + [text(failure.file)] + blanks + [text(failure.message)] + extra.map { _ in "" })
    }
    return CSVWriter.file(rows)
  }

  /// The criterion ids of the plans, in the order the rubric lists them.
  static func criterionIDs(_ plans: [ScoredPlan]) -> [String] {
    var seen = Set<String>()
    var ids: [String] = []
    for plan in plans {
      for criterion in plan.scorecard.criteria where seen.insert(criterion.id).inserted {
        ids.append(criterion.id)
      }
    }
    return ids
  }

  /// Where the plan's levels come from, the engine's grade alone and the
  /// number of assessors: the columns added when some plan has a merged card.
  private func assessmentFields(_ card: Scorecard, _ s: ReportStrings) -> [String] {
    let assessors = Set(card.assessments?.assessors.map(\.name) ?? []).count
    return [
      s.source(of: card), s.decimal(card.assessments?.engineGrade ?? card.grade), String(assessors),
    ]
  }

  private func text(_ value: String?) -> String {
    CSVWriter.field(value)
  }
}
