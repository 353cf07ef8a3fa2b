import Assessment
import Foundation
import PlanReading
import Scoring
import TestSupport
import Testing

@testable import Reporting

@Suite struct AgreementRendererTests {}

// MARK: - Fixture

extension AgreementRendererTests {
  /// Three residents on one plan of the test rubric (influence 2, money 2,
  /// feedback 0 by the engine): influence 2 / 1 / 0, money 2 / 2 / 2,
  /// feedback 0 / 0 / 1.
  static func report(
    language: PlanLanguage = .nl, withEngine: Bool = false, title: String? = nil,
    remark: String = "Alleen het budget.", feedback: Bool = false
  ) throws -> AgreementReport {
    let card = ReportFixture.card([ReportFixture.Sentence.decideBudget], title: title)
    let rows: [(String, [String: Int])] = [
      ("Anna", ["influence": 2, "money": 2, "feedback": 0]),
      ("Bram", ["influence": 1, "money": 2, "feedback": 0]),
      ("Cor", ["influence": 0, "money": 2, "feedback": 1]),
    ]
    let assessments = rows.map { name, levels in
      (
        Assessment(
          card: card, assessor: name, date: "2026-11-29", language: "nl", levels: levels,
          remarks: name == "Bram" ? ["influence": remark] : [:]),
        "\(name).json"
      )
    }
    return try AgreementAnalysis(
      options: AgreementOptions(withEngine: withEngine, rubricFeedback: feedback),
      rubric: ReportFixture.rubric
    ).run(assessments, skipped: [SkippedFile(file: "kapot.json", reason: "not valid JSON")])
  }
}

// MARK: - Text and Markdown

extension AgreementRendererTests {
  /// Dutch text: plain-words headline, the levels per question, the widest
  /// disagreement with remark, engine level and quote with its place.
  @Test func dutchText() throws {
    let text = try AgreementRenderer(language: .nl).render(try Self.report(), as: .text)
    #expect(text.hasPrefix("Zijn jullie het eens?\n"))
    #expect(text.contains("Jullie zijn het eens over 1 van de 3 vragen."))
    #expect(text.contains("4 van de 9 keer hetzelfde niveau (44%)"))
    #expect(text.contains("Krippendorffs alfa is "))
    #expect(text.contains("  Invloed         Anna 2  Bram 1  Cor 0  verschil 2"))
    #expect(text.contains("alfa per vraag kan pas vanaf 2 plannen"))
    #expect(text.contains("  1. Invloed — verschil 2"))
    #expect(text.contains("     Bram: 1 — “Alleen het budget.”"))
    #expect(text.contains("     De scorecard gaf 2."))
    #expect(
      text.contains(
        "“Bewoners beslissen over het wijkbudget van € 40.000.” (Participatie, regel 3)"))
    #expect(text.contains("Niet gelezen\n  - kapot.json: not valid JSON"))
  }

  /// English text with the engine as coder.
  @Test func englishWithEngine() throws {
    let report = try Self.report(language: .en, withEngine: true)
    let text = try AgreementRenderer(language: .en).render(report, as: .text)
    #expect(text.contains("Assessed by: Anna, Bram, Cor and the scorecard"))
    #expect(text.contains("You and the scorecard agree on 1 of the 3 questions."))
    #expect(text.contains("Anna 2  Bram 1  Cor 0  scorecard 2  2 apart"))
  }

  /// Markdown escapes what residents typed, so a remark cannot add links or markup.
  @Test func markdownEscapes() throws {
    let report = try Self.report(remark: "[klik](http://x) *nu*")
    let markdown = try AgreementRenderer(language: .nl).render(report, as: .markdown)
    #expect(markdown.contains("- Bram: 1 — “\\[klik\\]\\(http://x\\) \\*nu\\*”"))
    #expect(markdown.contains("| Vraag | Anna | Bram | Cor | |"))
    #expect(markdown.contains("| Invloed | 2 | 1 | 0 | verschil 2 |"))
    #expect(markdown.contains("## Niet gelezen\n\n- kapot.json: not valid JSON"))
  }

  /// Rubric feedback lists the indicator with its counts.
  @Test func feedbackSection() throws {
    let text = try AgreementRenderer(language: .nl).render(
      try Self.report(feedback: true), as: .text)
    #expect(text.contains("Wat dit zegt over het beoordelingskader"))
    #expect(text.contains("influence · decide · “beslissen”: 1× overgenomen, 0× hoger, 2× lager"))
    #expect(text.contains("feedback: 2× overgenomen, 1× hoger (33% veranderd)"))
  }
}

// MARK: - JSON and CSV

extension AgreementRendererTests {
  /// JSON has the documented keys and the same bytes on every render.
  @Test func jsonShape() throws {
    let renderer = AgreementRenderer(language: .nl)
    let json = try renderer.render(try Self.report(), as: .json)
    #expect(try json == renderer.render(try Self.report(), as: .json))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "rubric_id", "rubric_versions", "with_engine", "coders", "plans", "criteria", "overall",
        "units", "disagreements", "disagreement_count", "rubric_feedback", "notes", "skipped",
      ])
    #expect(object["rubric_feedback"] is NSNull)
    let overall = try #require(object["overall"] as? [String: Any])
    #expect(
      Set(overall.keys) == [
        "alpha", "alpha_gap", "units", "unanimous", "pairs", "exact_matches",
        "within_one_matches", "exact", "within_one",
      ])
  }

  /// Dutch CSV: byte order mark, `;`, CRLF, decimal comma; a formula-like
  /// plan title is neutralised.
  @Test func dutchCSV() throws {
    let report = try Self.report(title: "=HYPERLINK(\"x\")")
    let csv = try AgreementRenderer(language: .nl).render(report, as: .csv)
    #expect(csv.hasPrefix("\u{FEFF}"))
    let rows = csv.dropFirst().components(separatedBy: "\r\n")
    #expect(
      rows.first == "soort;id;titel;vragen;eens;paren;gelijk_pct;binnen_een_pct;alfa;"
        + "zonder_alfa_omdat")
    #expect(rows[1] == "vraag;influence;Invloed;1;0;3;0,0;66,7;;pas vanaf 2 plannen")
    #expect(rows[4].hasPrefix("plan;plan.txt;\"'=HYPERLINK(\"\"x\"\")\";3;1;9;44,4;88,9;0,"))
    #expect(rows[5].hasPrefix("totaal;overall;;3;1;9;44,4;88,9;0,"))
    #expect(rows.last == "")
  }

  /// English CSV uses a decimal point and English headers.
  @Test func englishCSV() throws {
    let csv = try AgreementRenderer(language: .en).render(try Self.report(), as: .csv)
    #expect(csv.contains("kind;id;title;questions;unanimous;pairs;exact_pct;within_one_pct;"))
    #expect(csv.contains("\r\noverall;overall;;3;1;9;44.4;88.9;0."))
  }
}

extension AgreementRendererTests {
  /// The verdict word follows the alpha as shown: 2/3 shows as 0,67 and is "redelijk".
  @Test func verdictMatchesTheShownAlpha() {
    let dutch = ReportStrings(language: .nl)
    #expect(dutch.alphaVerdict(2.0 / 3.0) == "redelijk")
    #expect(dutch.alphaVerdict(0.664) == "laag")
    #expect(dutch.alphaVerdict(0.796) == "goed")
    #expect(ReportStrings(language: .en).alphaVerdict(0.7) == "fair")
  }
}

// MARK: - Many criteria

extension AgreementRendererTests {
  /// Two residents on one plan with 100,000 criteria, analysed once.
  static let manyCriteria: AgreementReport? = {
    let card = ReportFixture.card([ReportFixture.Sentence.decideBudget])
    let ids = (0..<100_000).map { "c\($0)" }
    let assessments = ["Anna", "Bram"].enumerated().map { offset, name in
      var assessment = Assessment(
        card: card, assessor: name, date: "2026-11-29", language: "nl", levels: [:])
      assessment.criteria = ids.enumerated().map { index, id in
        AssessedCriterion(
          id: id, level: offset == 0 ? 1 : index % 2, engineLevel: 1, remark: nil,
          engineEvidence: [])
      }
      return (assessment, "\(name).json")
    }
    return try? AgreementAnalysis().run(assessments)
  }()

  /// The text and Markdown tables of 100,000 criteria render with one row
  /// per criterion (issue 13: each row looked its unit up by a walk over all
  /// units, 10¹⁰ steps at this size, so this cannot finish then).
  @Test(arguments: [OutputFormat.text, .markdown]) func manyCriteriaRender(
    format: OutputFormat
  ) throws {
    let report = try #require(Self.manyCriteria)
    let text = try AgreementRenderer(language: .nl).render(report, as: format)
    #expect(text.contains("c99999"))
    #expect(text.components(separatedBy: "verschil 1").count - 1 >= 50_000)
  }
}
