import Foundation
import Testing

@testable import Reporting
@testable import Scoring

/// The calibration report in a terminal: which part was scored, the table of
/// parts, and no misses of the held-out check part.
@Suite struct CalibrationRendererTests {
  static func report(split: CalibrationSplit, plans: Int, alpha: Double) throws -> CalibrationReport
  {
    let table = try #require(
      ConfusionTable(expected: [2, 1], observed: [1, 1], categories: 0...2))
    let agreement = CalibrationReport.Agreement(
      id: "money", alpha: alpha, kappa: 0.5, exact: 0.5, withinOne: 1, count: 2,
      confusion: table)
    return CalibrationReport(
      rubric: RubricReference(id: "test", version: "1", sha256: "0", title: [:]),
      engineVersion: "0", split: split, plans: plans, criteria: [agreement],
      overall: CalibrationReport.Agreement(
        id: "overall", alpha: alpha, kappa: 0.5, exact: 0.5, withinOne: 1, count: 2,
        confusion: table),
      rung: CalibrationReport.Agreement(
        id: "rung", alpha: alpha, kappa: 0.5, exact: 0.25, withinOne: 1, count: 2,
        confusion: table),
      misses: [
        .init(
          file: "held-out-plan.txt", variable: "money", expected: 2, engine: 1,
          codersQuote: "a quote", engineEvidence: [])
      ],
      unscored: [])
  }

  /// The check part's misses are not listed, so nobody tunes on them.
  @Test func checkPartHidesMisses() throws {
    let text = CalibrationRenderer().text(try Self.report(split: .check, plans: 2, alpha: 0.7))
    #expect(text.contains("(check part, held out)"))
    #expect(text.contains("not listed for the check part"))
    #expect(!text.contains("held-out-plan.txt"))
  }

  /// The tune part lists its misses.
  @Test func tunePartListsMisses() throws {
    let text = CalibrationRenderer().text(try Self.report(split: .tune, plans: 2, alpha: 0.7))
    #expect(text.contains("(tune part)"))
    #expect(text.contains("held-out-plan.txt  money: coders 2, engine 1"))
  }

  /// A run over all plans shows a line per part.
  @Test func partsTable() throws {
    let all = try Self.report(split: .all, plans: 4, alpha: 0.6)
    let parts = [
      try Self.report(split: .tune, plans: 3, alpha: 0.65),
      try Self.report(split: .check, plans: 1, alpha: 0.5),
    ]
    let text = CalibrationRenderer().text(all, parts: parts)
    #expect(text.contains("part            plans   alpha   exact   rung exact"))
    #expect(text.contains("tune            3       0.65    50%     25%"))
    #expect(text.contains("check           1       0.50    50%     25%"))
  }
}
