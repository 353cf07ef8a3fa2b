import Batch
import Foundation
import Reporting
import TestSupport
import Testing

@Suite struct IndexPageRendererTests {}

extension IndexPageRendererTests {
  /// Three plans of different strength.
  static let plans = [
    ReportFixture.plan("c.txt", [ReportFixture.Sentence.inform], municipality: "Cuijk", year: 2025),
    ReportFixture.plan(
      "a.txt", [ReportFixture.Sentence.decideBudget, ReportFixture.Sentence.feedback],
      municipality: "Arnhem", area: "Oost", year: 2025),
    ReportFixture.plan(
      "b.txt", [ReportFixture.Sentence.consult], municipality: "Breda", year: 2024),
  ]

  /// The ranking table (`id="ranking"`) lists the plans best first with place,
  /// grade, verdict, rung and a link to each report; no script, no external
  /// resource.
  @Test func rankingTable() throws {
    let html = IndexPageRenderer(language: .nl).render(Ranking(Self.plans), failures: [])
    let table = try #require(Self.section(of: html, from: "<table id=\"ranking\">", to: "</table>"))
    let rows = table.components(separatedBy: "<tr>").dropFirst(2)
    #expect(rows.count == 3)
    #expect(rows.map { $0.contains("Arnhem – Oost") } == [true, false, false])
    #expect(rows.map { $0.contains("Breda") } == [false, true, false])
    #expect(table.contains("<a href=\"plans/a.txt.html\">Arnhem – Oost</a>"))
    #expect(table.contains("<strong>10,0</strong>"))
    #expect(table.contains("<span class=\"badge pass\">voldoende</span>"))
    #expect(table.contains("<span class=\"badge fail\">onvoldoende</span>"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(!html.contains("<link") && !html.contains("@import") && !html.contains("url("))
  }

  /// The card is a heat map: one row per plan, one coloured cell per
  /// criterion with the level written in it, the criterion titles as headers.
  @Test func heatMap() throws {
    let html = IndexPageRenderer(language: .en).render(Ranking(Self.plans), failures: [])
    let card = try #require(Self.section(of: html, from: "<table id=\"card\"", to: "</table>"))
    #expect(card.contains("<th class=\"crit\"><span>Influence</span></th>"))
    #expect(card.contains("<th class=\"crit\"><span>Feedback</span></th>"))
    let rows = card.components(separatedBy: "<tr>").dropFirst(2)
    #expect(rows.count == 3)
    let first = try #require(rows.first)
    #expect(first.components(separatedBy: "class=\"lvl lvl-high\"").count - 1 == 3)
    #expect(first.contains(">2</td>"))
    let last = try #require(rows.last)
    #expect(last.contains("class=\"lvl lvl-low\""))
    #expect(last.contains(">0</td>"))
  }

  /// A bar per plan with its grade as text and the pass mark; a histogram
  /// once there are more plans than fit as bars.
  @Test func gradeChart() throws {
    let html = IndexPageRenderer(language: .nl).render(Ranking(Self.plans), failures: [])
    let chart = try #require(
      Self.section(of: html, from: "<section id=\"grades\">", to: "</section>"))
    #expect(chart.components(separatedBy: "<rect").count - 1 == 3)
    #expect(chart.contains(">10,0</text>"))
    #expect(chart.contains("voldoende vanaf 5,5"))

    let many = (0..<75).map { number in
      ReportFixture.plan(
        "p\(number).txt", [ReportFixture.Sentence.consult], municipality: "G\(number)")
    }
    let big = IndexPageRenderer(language: .nl).render(Ranking(many), failures: [])
    let histogram = try #require(
      Self.section(of: big, from: "<section id=\"grades\">", to: "</section>"))
    #expect(histogram.components(separatedBy: "<rect").count - 1 == 19)
    #expect(histogram.contains(">75</text>"))
  }

  /// Plans that could not be scored are listed with their position and reason.
  @Test func failures() {
    let failure = PlanFailure(
      file: "kapot.xml", code: "malformed_xml", message: "kapot.xml:4:2: malformed XML <x>",
      line: 4, column: 2)
    let html = IndexPageRenderer(language: .nl).render(Ranking(Self.plans), failures: [failure])
    #expect(html.contains("<td>kapot.xml:4:2</td><td>kapot.xml:4:2: malformed XML &lt;x&gt;</td>"))
    #expect(html.contains("3 plannen beoordeeld, 1 niet beoordeeld"))
  }

  /// A hostile plan (municipality and file name with markup) shows as text.
  @Test func hostilePlanIsEscaped() {
    let hostile = ReportFixture.plan(
      "\(ReportFixture.image).md", ["Bewoners beslissen \(ReportFixture.script)."],
      municipality: ReportFixture.script, area: ReportFixture.image)
    let html = IndexPageRenderer(language: .nl).render(Ranking([hostile]), failures: [])
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("<img"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.md"))
    #expect(
      html.contains("href=\"plans/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.md.html\""))
  }

  /// The part of a page between two markers, inclusive of the first.
  static func section(of html: String, from start: String, to end: String) -> String? {
    guard let lower = html.range(of: start),
      let upper = html.range(of: end, range: lower.upperBound..<html.endIndex)
    else { return nil }
    return String(html[lower.lowerBound..<upper.upperBound])
  }
}

extension IndexPageRendererTests {
  /// Plan texts and file names are HTML-escaped, and
  /// link paths are percent-encoded.
  @Test func escapingHelpers() {
    let page = IndexPageRenderer(language: .nl)
    let plan = ScoredPlan(
      file: "a\"b<c>.md", reports: [.html: "plans/a b/\"x\"#?.html"],
      scorecard: ReportFixture.card([ReportFixture.Sentence.consult], municipality: "A & B"))
    let html = page.render(Ranking([plan]), failures: [])
    #expect(html.contains("href=\"plans/a%20b/%22x%22%23%3F.html\""))
    #expect(html.contains("A &amp; B"))
    #expect(html.contains("a&quot;b&lt;c&gt;.md"))
  }
}
