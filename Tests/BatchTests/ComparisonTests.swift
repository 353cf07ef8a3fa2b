import Batch
import Foundation
import Reporting
import TestSupport
import Testing

@Suite struct ComparisonTests {}

// MARK: - Two editions

extension ComparisonTests {
  typealias S = ReportFixture.Sentence

  static let baseline = [
    ReportFixture.plan("2024/zwolle.txt", [S.consult], municipality: "Zwolle", area: "Holtenbroek"),
    ReportFixture.plan("arnhem-2024.txt", [S.decideBudget], municipality: "Arnhem"),
    ReportFixture.plan("delft.txt", [S.inform], municipality: "Delft"),
    ReportFixture.plan("zonder.txt", [S.budget]),
  ]
  static let current = [
    ReportFixture.plan(
      "2025/zwolle.txt", [S.decideBudget, S.feedback], municipality: "zwolle", area: "Holtenbroek"),
    ReportFixture.plan("arnhem.txt", [S.consult], municipality: "Arnhem"),
    ReportFixture.plan("emmen.txt", [S.consult], municipality: "Emmen"),
    ReportFixture.plan("zonder.txt", [S.consult]),
  ]

  /// Plans pair up by municipality and area (case ignored, file names may
  /// differ) or, without a municipality, by file; the grade change, the
  /// criteria that rose and fell, and new and dropped plans are right.
  @Test func editionDeltas() throws {
    let comparison = EditionComparison(baseline: Self.baseline, current: Self.current)
    #expect(comparison.rows.map(\.label) == ["zwolle – Holtenbroek", "zonder.txt", "Arnhem"])
    #expect(comparison.rows.map(\.basis) == [.title, .file, .municipalityOnly])
    #expect(comparison.rows.map(\.gradeChange) == [6.4, 1.3, -5.1])
    let zwolle = comparison.rows[0]
    #expect(zwolle.baseline.file == "2024/zwolle.txt")
    #expect(zwolle.baseline.scorecard.grade == 3.6)
    #expect(zwolle.current.scorecard.grade == 10.0)
    #expect(
      zwolle.rose.map { "\($0.id) \($0.from ?? -1)→\($0.to ?? -1)" } == [
        "influence 1→2", "money 0→2", "feedback 0→2",
      ])
    #expect(zwolle.fell.isEmpty)
    #expect(comparison.rows[1].rose.map(\.id) == ["influence"])
    #expect(comparison.rows[1].fell.map(\.id) == ["money"])
    #expect(comparison.rows[2].fell.map(\.id) == ["influence", "money"])
    #expect(comparison.added.map(\.label) == ["Emmen"])
    #expect(comparison.dropped.map(\.label) == ["Delft"])
    #expect(!comparison.mixedRubrics)
  }

  /// The edition comparison in each format, with the file names of both sides.
  @Test func editionFormats() {
    let comparison = EditionComparison(baseline: Self.baseline, current: Self.current)
    let renderer = EditionComparisonRenderer(language: .nl)
    let text = renderer.render(comparison, as: .text)
    #expect(text.hasPrefix("Vergelijking van twee edities\n"))
    #expect(text.contains("zwolle – Holtenbroek    3,6   10,0      +6,4\n"))
    #expect(text.contains("  2024/zwolle.txt → 2025/zwolle.txt\n"))
    #expect(text.contains("Gemeente of plan       toen     nu  verschil\n"))
    #expect(text.contains("  gestegen: Invloed 1→2, Geld 0→2, Terugkoppeling 0→2"))
    #expect(text.contains("  arnhem-2024.txt → arnhem.txt (alleen op gemeente gekoppeld)\n"))
    #expect(text.contains("Nieuw in deze editie:\n  Emmen: emmen.txt (3,6)"))
    #expect(text.contains("Niet meer in deze editie:\n  Delft: delft.txt (1,0)"))

    let markdown = renderer.render(comparison, as: .markdown)
    #expect(
      markdown.contains(
        "| Arnhem | arnhem-2024.txt → arnhem.txt \\(alleen op gemeente gekoppeld\\) | 8,7 | 3,6 | -5,1 "
          + "| — | Invloed 2→1, Geld 2→0 | — |"))

    let csv = renderer.render(comparison, as: .csv)
    #expect(csv.hasPrefix("\u{FEFF}Gemeente of plan;"))
    #expect(
      csv.contains(
        "zwolle – Holtenbroek;2024/zwolle.txt;;2025/zwolle.txt;;3,6;10,0;+6,4;"
          + "influence 1→2, money 0→2, feedback 0→2;—;—;\r\n"))
    #expect(csv.contains(";alleen op gemeente gekoppeld\r\n"))
    #expect(csv.contains("Emmen;;;emmen.txt;;;3,6;;;;;Nieuw in deze editie\r\n"))

    let html = renderer.render(comparison, as: .html)
    #expect(html.contains("<td class=\"num up\">+6,4</td>"))
    #expect(html.contains("<td class=\"num down\">-5,1</td>"))
    #expect(html.contains("<td>2024/zwolle.txt → 2025/zwolle.txt</td>"))
    #expect(!html.contains("<script"))

    let json = renderer.render(comparison, as: .json)
    #expect(json.hasPrefix("{\n  \"alerts\" : ["))
    #expect(json.contains("\"basis\" : \"municipality_only\""))
    #expect(json == renderer.render(comparison, as: .json))
  }
}

// MARK: - Two versions of one plan

extension ComparisonTests {
  /// Per criterion the level then and now, with the evidence that appeared
  /// and disappeared.
  @Test func planDeltas() throws {
    let draft = ReportFixture.card([S.consult, S.inform], file: "concept.txt")
    let adopted = ReportFixture.card(
      [S.decideBudget, S.inform, S.feedback], file: "vastgesteld.txt")
    let comparison = PlanComparison(baseline: draft, current: adopted)
    #expect(comparison.gradeChange == 6.4)
    let influence = try #require(comparison.criteria.first { $0.id == "influence" })
    #expect(influence.from == 1 && influence.to == 2)
    #expect(influence.appeared.map(\.quote) == [S.decideBudget])
    #expect(influence.disappeared.map(\.quote) == [S.consult])
    let feedback = try #require(comparison.criteria.first { $0.id == "feedback" })
    #expect(feedback.from == 0 && feedback.to == 2)
    #expect(feedback.appeared.map(\.quote) == [S.feedback])
    #expect(feedback.disappeared.isEmpty)

    let same = PlanComparison(baseline: draft, current: draft)
    #expect(same.criteria.allSatisfy { !$0.changed })
  }

  /// The plan comparison in each format.
  @Test func planFormats() {
    let draft = ReportFixture.card([S.consult], file: "concept.txt")
    let adopted = ReportFixture.card([S.decideBudget], file: "vastgesteld.txt")
    let renderer = PlanComparisonRenderer(language: .nl)
    let comparison = PlanComparison(baseline: draft, current: adopted)
    let text = renderer.render(comparison, as: .text)
    #expect(text.contains("Invloed: 1 → 2"))
    #expect(text.contains("  + “\(S.decideBudget)” (Participatie, regel 3)"))
    #expect(text.contains("  − “\(S.consult)” (Participatie, regel 3)"))
    #expect(text.contains("Terugkoppeling: 0 (geen wijziging)"))
    #expect(renderer.render(comparison, as: .markdown).contains("## Invloed: 1 → 2"))
    let csv = renderer.render(comparison, as: .csv)
    #expect(csv.contains("influence;Invloed;1;2;\(S.decideBudget);\(S.consult)\r\n"))
    let html = renderer.render(comparison, as: .html)
    #expect(html.contains("<blockquote class=\"gone\">“\(S.consult)”"))
    #expect(html.contains("Nieuw bewijs"))
  }
}
