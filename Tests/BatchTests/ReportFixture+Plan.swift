import Batch
import PlanReading
import Reporting
import TestSupport

extension ReportFixture {
  /// A scored plan with an HTML and a JSON report path.
  static func plan(
    _ file: String, _ paragraphs: [String], title: String? = nil, municipality: String? = nil,
    area: String? = nil, year: Int? = nil, kind: DocumentKind = .wijkactieplan
  ) -> ScoredPlan {
    ScoredPlan(
      file: file, reports: [.html: "plans/\(file).html", .json: "plans/\(file).json"],
      scorecard: card(
        paragraphs, file: file, title: title, municipality: municipality, area: area, year: year,
        kind: kind))
  }
}
