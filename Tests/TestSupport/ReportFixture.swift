import Foundation
import PlanReading
import Scoring

/// Scorecards and scored plans made with the small test rubric, for the batch
/// renderers and the comparison.
public enum ReportFixture {
  /// The test rubric.
  public static let rubric: Rubric = {
    do {
      return try Rubric(contentsOf: Fixtures.url("rubrics/test-rubric.json"))
    } catch {
      preconditionFailure("the test rubric must load: \(error)")
    }
  }()

  /// Paragraphs (one string each, on lines 3, 5, 7, …) under one heading,
  /// "Participatie" on line 1.
  public static func blocks(_ paragraphs: [String]) -> [Block] {
    var blocks = [
      Block(
        kind: .heading, level: 1, text: "Participatie", headingPath: [], location: .init(line: 1))
    ]
    for (index, text) in paragraphs.enumerated() {
      blocks.append(
        Block(
          kind: .paragraph, text: text, headingPath: ["Participatie"],
          location: SourceLocation(line: 3 + 2 * index, column: 1)))
    }
    return blocks
  }

  /// Scores paragraphs as a plan with the given metadata.
  public static func card(
    _ paragraphs: [String], rubric: Rubric = ReportFixture.rubric, file: String = "plan.txt",
    title: String? = nil, municipality: String? = nil, area: String? = nil, year: Int? = nil,
    kind: DocumentKind = .wijkactieplan, language: PlanLanguage = .nl
  ) -> Scorecard {
    let blocks = blocks(paragraphs)
    let metadata = PlanMetadata(
      title: title, municipality: municipality, area: area, year: year, kind: kind,
      language: language, languageDetected: false, sourcePath: file, sha256: "0",
      format: .plainText)
    return PlanScorer(rubric: rubric).score(PlanDocument(metadata: metadata, blocks: blocks))
  }

  /// Sentences of the test rubric that reach known levels.
  public enum Sentence {
    /// influence 2 (residents decide), money 2 (an amount they decide on).
    public static let decideBudget = "Bewoners beslissen over het wijkbudget van € 40.000."
    /// influence 1 (consult).
    public static let consult = "We raadplegen bewoners met een enquête."
    /// influence 0 (inform only).
    public static let inform = "De gemeente stuurt een nieuwsbrief."
    /// money 1 (a budget without decision).
    public static let budget = "Er is een wijkbudget."
    /// feedback 2.
    public static let feedback = "Er is een reactienota en iedereen kreeg terugkoppeling."
  }

  /// The two hostile strings of the escaping tests.
  public static let script = "<script>alert(1)</script>"
  public static let image = "\"><img src=x onerror=alert(1)>"
}
