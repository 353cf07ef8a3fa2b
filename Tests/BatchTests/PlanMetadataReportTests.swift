import Batch
import Foundation
import PlanReading
import Scoring
import TestSupport
import Testing

@testable import Reporting

/// Title, year, kind, municipality and status on the cards, the index page
/// and the summary CSV.
@Suite struct PlanMetadataReportTests {}

extension PlanMetadataReportTests {
  /// Two plans of one municipality, told apart by their titles.
  static func plans() -> [ScoredPlan] {
    var first = ReportFixture.plan(
      "a.md", [ReportFixture.Sentence.decideBudget], municipality: "Ede", year: 2019)
    first.scorecard.plan.title = "Bestemmingsplan Kazerneterrein"
    first.scorecard.plan.kind = .bestemmingsplan
    first.scorecard.plan.planStatus = .vastgesteld
    var second = ReportFixture.plan(
      "b.md", [ReportFixture.Sentence.consult], municipality: "Ede", year: 2021)
    second.scorecard.plan.title = "Wijzigingsplan Molenweg"
    second.scorecard.plan.kind = .bestemmingsplan
    return [first, second]
  }

  /// The CSV's title column follows the file and tells the rows apart.
  @Test func summaryHasTitles() {
    let rows = SummaryCSVRenderer(language: .nl).render(Ranking(Self.plans()), failures: [])
      .dropFirst().components(separatedBy: "\r\n")
    #expect(rows[1].hasPrefix("1;a.md;Bestemmingsplan Kazerneterrein;Ede;;2019;bestemmingsplan;"))
    #expect(rows[2].hasPrefix("2;b.md;Wijzigingsplan Molenweg;Ede;;2021;bestemmingsplan;"))
  }

  /// The index page shows each plan's title under its name, and in the
  /// heat map as a tooltip.
  @Test func indexHasTitles() {
    let html = IndexPageRenderer(language: .nl).render(Ranking(Self.plans()), failures: [])
    #expect(html.contains("Bestemmingsplan Kazerneterrein<br>"))
    #expect(html.contains("<td class=\"name\" title=\"Wijzigingsplan Molenweg\">"))
  }

  /// Every card format shows the title, municipality, year, kind and status.
  @Test func cardsShowMetadata() throws {
    let card = Self.plans()[0].scorecard
    let text = try TextRenderer(language: .nl).render([card])
    #expect(text.contains("Bestemmingsplan Kazerneterrein"))
    #expect(text.contains("Gemeente Ede · 2019 · bestemmingsplan · vastgesteld"))
    let markdown = try MarkdownRenderer(language: .nl).render([card])
    #expect(markdown.contains("# Participatie-scorecard: Bestemmingsplan Kazerneterrein"))
    #expect(markdown.contains("- **Status:** vastgesteld"))
    let html = try HTMLRenderer(language: .en).render([card])
    #expect(html.contains("<h1>Bestemmingsplan Kazerneterrein</h1>"))
    #expect(html.contains("Ede · 2019 · bestemmingsplan · vastgesteld"))
  }
}
