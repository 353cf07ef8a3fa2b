import Batch
import Foundation
import Reporting
import Scoring
import TestSupport
import Testing

@Suite struct MergedBatchOutputTests {}

extension MergedBatchOutputTests {
  /// A batch with one merged card, one engine-only card, a plan that failed
  /// and an assessment that could not be used.
  static func batch() throws -> (Ranking, [PlanFailure]) {
    let merged = ScoredPlan(
      file: "zwolle.md", reports: [.html: "plans/zwolle.md.html"],
      scorecard: try MergedCardFixture.card())
    let engine = ReportFixture.plan("arnhem.md", [ReportFixture.Sentence.consult])
    let failures = [
      PlanFailure(file: "kapot.xml", code: "malformed_xml", message: "kapot.xml:4:1: malformed"),
      PlanFailure(
        file: "beoordelingen/kapot.json", code: "assessment_not_json",
        message: "beoordelingen/kapot.json: not valid JSON"),
    ]
    return (Ranking([merged, engine]), failures)
  }
}

extension MergedBatchOutputTests {
  /// The summary keeps its columns and adds source, engine grade and
  /// assessors at the end; failure rows are padded to the same width.
  @Test func summaryAddsColumnsAtTheEnd() throws {
    let (ranking, failures) = try Self.batch()
    let rows = SummaryCSVRenderer(language: .nl).render(ranking, failures: failures)
      .dropFirst().components(separatedBy: "\r\n")
    #expect(
      rows == [
        "plaats;bestand;titel;gemeente;wijk;jaar;soort;cijfer;voldoende;trede;influence;money;"
          + "feedback;fout;bron;cijfer_scorecard;beoordelaars",
        "1;zwolle.md;Wijkplan Holtenbroek;Zwolle;Holtenbroek;2025;wijkactieplan;7,4;ja;2;2;1;0;;"
          + "bewoners;4,9;2",
        "2;arnhem.md;;;;;wijkactieplan;3,6;nee;2;1;0;0;;scorecard;3,6;0",
        ";kapot.xml;;;;;;;;;;;;kapot.xml:4:1: malformed;;;",
        ";beoordelingen/kapot.json;;;;;;;;;;;;beoordelingen/kapot.json: not valid JSON;;;",
        "",
      ])
    let english = SummaryCSVRenderer(language: .en).render(ranking, failures: [])
    #expect(english.contains(";feedback;error;source;engine_grade;assessors\r\n"))
    #expect(english.contains(";residents;4.9;2\r\n"))
  }

  /// The index page adds the source and the engine's grade to the ranking,
  /// and lists unusable assessments apart from the plans that were not scored.
  @Test func indexShowsSourceAndUnusedAssessments() throws {
    let (ranking, failures) = try Self.batch()
    let html = IndexPageRenderer(language: .nl).render(ranking, failures: failures)
    #expect(
      html.contains(
        "<th>Participatieladder</th><th>Bron</th><th class=\"num\">Cijfer scorecard</th>"))
    #expect(html.contains("<td>bewoners</td><td class=\"num\">4,9</td></tr>"))
    #expect(html.contains("<td>scorecard</td><td class=\"num\">3,6</td></tr>"))
    #expect(html.contains("2 plannen beoordeeld, 1 niet beoordeeld"))
    #expect(html.contains("<table id=\"errors\">"))
    #expect(html.contains("<h2>Beoordelingen van bewoners die niet gebruikt zijn</h2>"))
    let unused = try #require(html.components(separatedBy: "<table id=\"assessment-errors\">").last)
    #expect(unused.contains("beoordelingen/kapot.json"))
    #expect(!unused.contains("kapot.xml"))
  }
}
