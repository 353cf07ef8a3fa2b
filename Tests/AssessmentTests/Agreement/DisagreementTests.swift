import Assessment
import Scoring
import Testing

@Suite struct DisagreementTests {}

extension DisagreementTests {
  /// Widest range first, then most distinct levels, then rubric order; only
  /// the top N are listed, the count says how many differ in all.
  @Test func orderingAndTop() throws {
    let rows: [(String, [Int])] = [
      ("A", [0, 0, 0, 1, 0]), ("B", [1, 2, 1, 1, 2]), ("C", [1, 2, 2, 1, 0]),
    ]
    let ids = ["vroeg", "invloed", "kaders", "bereik", "geld"]
    let assessments = rows.map { name, levels in
      AgreementFixture.assessment(
        by: name, levels: Dictionary(uniqueKeysWithValues: zip(ids, levels)))
    }
    // vroeg 0,1,1 (1, 2 levels); invloed 0,2,2 (2, 2); kaders 0,1,2 (2, 3);
    // bereik 1,1,1 (agreed); geld 0,2,0 (2, 2).
    let report = try AgreementAnalysis(options: AgreementOptions(top: 3))
      .run(AgreementFixture.files(assessments))
    #expect(report.disagreements.map(\.criterion) == ["kaders", "invloed", "geld"])
    #expect(report.disagreements.map(\.range) == [2, 2, 2])
    #expect(report.disagreements.map(\.distinctLevels) == [3, 2, 2])
    #expect(report.disagreementCount == 4)
  }

  /// The same criterion in two plans with the same spread: plan order decides.
  @Test func planOrderBreaksTies() throws {
    let assessments = ["z.md", "a.md"].flatMap { file in
      [("A", 0), ("B", 2)].map { name, level in
        AgreementFixture.assessment(
          by: name, plan: AgreementFixture.plan(file), levels: ["invloed": level])
      }
    }
    let report = try AgreementAnalysis().run(AgreementFixture.files(assessments))
    #expect(report.disagreements.map(\.plan) == ["a.md", "z.md"])
  }

  /// Each assessor's level and remark, the engine's level, and each quote
  /// once with the assessors it was shown to.
  @Test func judgementsAndQuotes() throws {
    let q1 = AgreementFixture.quote(
      "Bewoners mogen meepraten.", line: 12, group: "raadplegen", indicator: "meepraten")
    let q2 = AgreementFixture.quote(
      "Er komt een klankbord.", line: 20, group: "adviseren", indicator: "klankbord")
    let assessments = [
      AgreementFixture.assessment(
        by: "Cor", levels: ["invloed": 1], engine: ["invloed": 1], quotes: ["invloed": [q1, q2]]),
      AgreementFixture.assessment(
        by: "Anna", levels: ["invloed": 0], engine: ["invloed": 1],
        remarks: ["invloed": "Alleen meepraten, niet beslissen."], quotes: ["invloed": [q1]]),
      AgreementFixture.assessment(
        by: "Bram", levels: ["invloed": 2], engine: ["invloed": 1], quotes: ["invloed": [q1]]),
    ]
    let report = try AgreementAnalysis().run(AgreementFixture.files(assessments))
    let item = try #require(report.disagreements.first)
    #expect(item.judgements.map(\.assessor) == ["Anna", "Bram", "Cor"])
    #expect(item.judgements.map(\.level) == [0, 2, 1])
    #expect(item.judgements.map(\.remark) == ["Alleen meepraten, niet beslissen.", nil, nil])
    #expect(item.engineLevel == 1)
    #expect(item.quotes.map(\.quote) == ["Bewoners mogen meepraten.", "Er komt een klankbord."])
    #expect(item.quotes.map(\.shownTo) == [["Anna", "Bram", "Cor"], ["Cor"]])
    #expect(item.quotes.first?.line == 12)
    #expect(item.quotes.first?.headingPath == ["Participatie", "Inspraak"])
  }
}
