import Assessment
import Foundation
import PlanReading
import Scoring
import TestSupport

/// Plans and residents' assessments on disk for the end-to-end tests of
/// `score --assessment` and `batch --assessments`, made with the test rubric.
///
/// Assessments are made from the engine's own card of the plan, as
/// `scorecard assess` makes them, so they never go stale.
enum AssessmentCLIFixture {
  /// The test rubric.
  static let rubric: Rubric = {
    do {
      return try Rubric(contentsOf: Fixtures.url("rubrics/test-rubric.json"))
    } catch {
      preconditionFailure("the test rubric must load: \(error)")
    }
  }()

  /// The engine's card of a plan file, with `path` as its source.
  static func card(_ path: String, data: Data? = nil) throws -> Scorecard {
    let bytes = try data ?? Data(contentsOf: URL(fileURLWithPath: path))
    return PlanScorer(rubric: rubric).score(try PlanReader().read(data: bytes, path: path))
  }

  /// Writes an assessment of `card` and returns its path.
  @discardableResult
  static func write(
    of card: Scorecard, by assessor: String, levels: [String: Int] = [:],
    remarks: [String: String] = [:], to url: URL, edit: (inout Assessment) -> Void = { _ in }
  ) throws -> String {
    var assessment = Assessment(
      card: card, assessor: assessor, date: "2026-11-29", language: "nl", levels: levels,
      remarks: remarks)
    edit(&assessment)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try AssessmentFile.write(assessment, to: url)
    return url.path
  }
}
