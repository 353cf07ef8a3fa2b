import Assessment
import Foundation
import PlanReading

/// The CSV form: one row per criterion, per plan and overall with the figures,
/// in the conventions of `summary.csv` (``SummaryCSVRenderer``): UTF-8 with a
/// byte order mark, `;`, a decimal comma in Dutch, CRLF, and texts that would
/// start a formula neutralised.
extension AgreementRenderer {
  func csv(_ report: AgreementReport, _ s: ReportStrings) -> String {
    let sep = SummaryCSVRenderer.separator
    let field = { (text: String) in text.csvField(separator: sep) }
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
    return SummaryCSVRenderer.byteOrderMark
      + rows.map { $0.joined(separator: String(sep)) + "\r\n" }.joined()
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
        ? s.alphaGap(figures.alphaGap, perCriterion: perCriterion)
          .csvField(separator: SummaryCSVRenderer.separator)
        : "",
    ]
  }

  /// A number with a decimal comma in Dutch and a point in English.
  private func number(_ value: Double, digits: Int) -> String {
    Localiser(language: language).decimal(value, places: digits)
  }
}
