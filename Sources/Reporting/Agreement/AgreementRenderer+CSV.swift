import Assessment
import Foundation
import PlanReading

/// The CSV form: one row per criterion, per plan and overall with the figures,
/// written by ``CSVWriter`` like `summary.csv`, with a decimal comma in Dutch.
extension AgreementRenderer {
  func csv(_ report: AgreementReport, _ s: ReportStrings) -> String {
    let field = { (text: String) in CSVWriter.field(text) }
    var rows = [s.agreementCSVColumns.map(field)]
    for criterion in report.criteria {
      rows.append(
        [s.csvCriterionKind, criterion.id, criterionName(criterion.id, criterion.title, s)]
          .map(field) + numbers(criterion.figures, perCriterion: true, s))
    }
    for plan in report.plans {
      rows.append(
        [s.csvPlanKind, plan.file, plan.title ?? ""].map(field)
          + numbers(plan.figures, perCriterion: false, s))
    }
    rows.append(
      [s.csvOverallKind, "overall", ""].map(field)
        + numbers(report.overall, perCriterion: false, s))
    return CSVWriter.file(rows)
  }

  /// The figure columns: questions, unanimous, pairs, exact %, within-one %,
  /// alpha (three decimals) and why alpha is missing.
  private func numbers(
    _ figures: AgreementFigures, perCriterion: Bool, _ s: ReportStrings
  ) -> [String] {
    let pairwise = figures.pairwise
    return [
      String(figures.units), String(figures.unanimous), String(pairwise?.pairs ?? 0),
      pairwise.map { number($0.exact * 100, digits: 1) } ?? "",
      pairwise.map { number($0.withinOne * 100, digits: 1) } ?? "",
      figures.alpha.map { number($0, digits: 3) } ?? "",
      figures.alpha == nil
        ? CSVWriter.field(s.alphaGap(figures.alphaGap, perCriterion: perCriterion))
        : "",
    ]
  }

  /// A number with a decimal comma in Dutch and a point in English.
  private func number(_ value: Double, digits: Int) -> String {
    Localiser(language: language).decimal(value, places: digits)
  }
}
