import Foundation
import Reporting
import TestSupport
import Testing

@testable import Batch

@Suite struct SummaryCSVRendererTests {}

extension SummaryCSVRendererTests {
  /// UTF-8 with BOM, `;`, CRLF, a Dutch header and decimal comma; one row per
  /// plan in ranking order with a level per criterion; failures at the end.
  @Test func dutchLayout() {
    let plans = [
      ReportFixture.plan(
        "b.txt", [ReportFixture.Sentence.consult], municipality: "Büren", year: 2024),
      ReportFixture.plan(
        "a.txt", [ReportFixture.Sentence.decideBudget], municipality: "Arnhem", area: "Oost"),
    ]
    let failure = PlanFailure(
      file: "kapot.xml", code: "malformed_xml", message: "kapot.xml:4:1: malformed XML; fix it",
      line: 4, column: 1)
    let csv = SummaryCSVRenderer(language: .nl).render(Ranking(plans), failures: [failure])
    #expect(
      csv.hasPrefix("\u{FEFF}plaats;bestand;titel;gemeente;wijk;jaar;soort;cijfer;voldoende;trede;")
    )
    let rows = csv.dropFirst().components(separatedBy: "\r\n")
    #expect(
      rows == [
        "plaats;bestand;titel;gemeente;wijk;jaar;soort;cijfer;voldoende;trede;influence;money;"
          + "feedback;fout",
        "1;a.txt;;Arnhem;Oost;;wijkactieplan;8,7;ja;5;2;2;0;",
        "2;b.txt;;Büren;;2024;wijkactieplan;3,6;nee;2;1;0;0;",
        ";kapot.xml;;;;;;;;;;;;\"kapot.xml:4:1: malformed XML; fix it\"",
        "",
      ])
  }

  /// English uses a decimal point, English headers and yes/no; the separator
  /// stays `;`.
  @Test func englishLayout() {
    let plans = [ReportFixture.plan("a.txt", [ReportFixture.Sentence.decideBudget])]
    let csv = SummaryCSVRenderer(language: .en).render(Ranking(plans), failures: [])
    #expect(csv.contains("place;file;title;municipality;area;year;kind;grade;pass;rung;"))
    #expect(csv.contains("1;a.txt;;;;;wijkactieplan;8.7;yes;5;2;2;0;\r\n"))
  }

  /// Fields with the separator, quotes or line breaks are quoted; text that
  /// would start a formula gets a leading apostrophe; not applicable is written out.
  @Test func quotingAndFormulas() {
    #expect("a;b".csvField(separator: ";") == "\"a;b\"")
    #expect("zeg \"ja\"".csvField(separator: ";") == "\"zeg \"\"ja\"\"\"")
    #expect("twee\nregels".csvField(separator: ";") == "\"twee\nregels\"")
    #expect("=HYPERLINK(\"x\")".csvField(separator: ";") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect("+31".csvField(separator: ";") == "'+31")
    #expect("@x".csvField(separator: ";") == "'@x")
    #expect("gewoon".csvField(separator: ";") == "gewoon")

    var plan = ReportFixture.plan("=cmd.txt", [ReportFixture.Sentence.budget], municipality: "-2+3")
    plan.scorecard.plan.kind = .verordening
    plan.scorecard.plan.title = "=1+1"
    plan.scorecard.criteria[1].level = nil
    let csv = SummaryCSVRenderer(language: .nl).render(Ranking([plan]), failures: [])
    #expect(csv.contains(";'=cmd.txt;'=1+1;'-2+3;"))
    #expect(csv.contains(";n.v.t.;"))
  }
}
