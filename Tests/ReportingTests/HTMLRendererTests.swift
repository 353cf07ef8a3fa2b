import Foundation
import PlanReading
import Reporting
import Scoring
import TestSupport
import Testing

@Suite struct HTMLRendererTests {}

// MARK: - Escaping

extension HTMLRendererTests {
  /// A plan whose text, title, municipality and area hold markup shows it as
  /// text in the per-plan report: no tag, attribute or script gets through.
  @Test func planTextIsEscaped() throws {
    let card = ReportFixture.card(
      ["Bewoners beslissen over het plein \(ReportFixture.script) en \(ReportFixture.image)."],
      title: "Plan \(ReportFixture.script)", municipality: ReportFixture.image,
      area: "<b>wijk</b>")
    let html = try HTMLRenderer(language: .nl).render([card])
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>wijk"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    #expect(html.contains("&lt;b&gt;wijk&lt;/b&gt;"))
  }

  /// Texts from the rubric (titles, questions, advice) are escaped too.
  @Test func rubricTextIsEscaped() throws {
    let text = try String(contentsOf: Fixtures.url("rubrics/test-rubric.json"), encoding: .utf8)
    let hostile =
      text
      .replacingOccurrences(of: "\"Invloed\"", with: "\"Invloed <i>echt</i>\"")
      .replacingOccurrences(of: "\"Raadpleeg bewoners.\"", with: "\"Raadpleeg \\\"><img src=x>\"")
    let rubric = try Rubric(data: Data(hostile.utf8), source: "hostile.json")
    let card = ReportFixture.card([ReportFixture.Sentence.inform], rubric: rubric)
    let html = try HTMLRenderer(language: .nl).render([card])
    #expect(html.contains("Invloed &lt;i&gt;echt&lt;/i&gt;"))
    #expect(html.contains("Raadpleeg &quot;&gt;&lt;img src=x&gt;"))
    #expect(!html.contains("<i>echt"))
    #expect(!html.contains("<img"))
  }
}

// MARK: - Content

extension HTMLRendererTests {
  /// The report holds the grade, the ladder, a level cell per criterion with
  /// its number, the evidence with its place, the advice and the metadata.
  @Test func reportContent() throws {
    let card = ReportFixture.card(
      [ReportFixture.Sentence.consult], title: "Wijkplan", municipality: "Zwolle",
      area: "Holtenbroek", year: 2025)
    let html = try HTMLRenderer(language: .nl, indexLink: "../index.html").render([card])
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    #expect(html.contains("<a href=\"../index.html\">"))
    #expect(
      html.contains(
        "<span class=\"grade\">\(String(format: "%.1f", card.grade).replacingOccurrences(of: ".", with: ","))</span>"
      ))
    #expect(html.contains("class=\"lvl lvl-mid\""))
    #expect(html.contains(">1</td>"))
    #expect(html.contains("“We raadplegen bewoners met een enquête.”"))
    #expect(html.contains("<cite>Participatie, regel 3</cite>"))
    #expect(html.contains("Laat bewoners meebeslissen."))
    #expect(html.contains("<dt>Gemeente</dt><dd>Zwolle</dd>"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") && !html.contains("https://"))

    let english = try HTMLRenderer(language: .en).render([card])
    #expect(english.contains("<html lang=\"en\">"))
    #expect(english.contains("Let residents co-decide."))
    #expect(english.contains("Evidence from the plan"))
  }

  /// `score --format html` goes through the card renderer.
  @Test func registeredAsAFormat() throws {
    #expect(OutputFormat(rawValue: "html") == .html)
    let renderer = try CardRenderer(language: .en).renderer(for: .html)
    #expect(type(of: renderer).format == .html)
    let html = try renderer.render([ReportFixture.card([ReportFixture.Sentence.budget])])
    #expect(html.contains("<article class=\"scorecard\">"))
  }
}
