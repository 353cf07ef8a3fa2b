import Foundation
import TestSupport
import Testing

@testable import Scoring

@Suite struct CalibratorTests {}

extension CalibratorTests {
  static func report() throws -> CalibrationReport {
    let labels = try CalibrationLabels(contentsOf: Fixtures.url("calibration/labels.json"))
    return Calibrator(scorer: EngineTestSupport.scorer)
      .run(labels: labels, folder: Fixtures.url("calibration"))
  }

  /// Agreement figures are computed from the engine's levels against the labels.
  @Test func figures() throws {
    let report = try Self.report()
    #expect(report.plans == 3)
    let money = try #require(report.criteria.first { $0.id == "money" })
    // coders 2, 2, 0; engine 2, 1, 0: two of three equal, all within one.
    #expect(money.count == 3)
    #expect(abs(money.exact - 2.0 / 3.0) < 1e-9)
    #expect(money.withinOne == 1)
    #expect(money.confusion[expected: 2, observed: 1] == 1)
    let influence = try #require(report.criteria.first { $0.id == "influence" })
    #expect(influence.exact == 1)
    #expect(influence.alpha == 1)
    #expect(report.rung.exact == 1)
    // feedback is 0 everywhere: alpha is undefined, agreement is full.
    let feedback = try #require(report.criteria.first { $0.id == "feedback" })
    #expect(feedback.alpha == nil)
    #expect(feedback.exact == 1)
    #expect(report.overall.count == 9)
  }

  /// Each miss names the plan, the variable, both codes and the engine's evidence.
  @Test func misses() throws {
    let report = try Self.report()
    #expect(report.misses.count == 1)
    let miss = try #require(report.misses.first)
    #expect(miss.file == "b-consult.txt")
    #expect(miss.variable == "money")
    #expect(miss.expected == 2)
    #expect(miss.engine == 1)
    #expect(miss.engineEvidence.first?.matched == "wijkbudget")
  }

  /// A labelled plan that is missing is listed as unscored, not a crash.
  @Test func missingPlanIsUnscored() throws {
    let report = try Self.report()
    #expect(report.unscored.map(\.file) == ["d-missing.txt"])
    #expect(report.unscored.first?.reason.contains("file not found") == true)
  }

  /// A labels file in another format is refused with the path and the problem.
  @Test func malformedLabels() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(UUID()).json")
    try Data(#"{"format": 1, "plans": {}}"#.utf8).write(to: url)
    #expect(throws: CalibrationError.self) { try CalibrationLabels(contentsOf: url) }
    do {
      _ = try CalibrationLabels(contentsOf: url)
    } catch {
      #expect(error.localizedDescription.contains("missing key `criteria`"))
    }
  }
}
