import Foundation
import PlanReading
import TestSupport
import Testing

@testable import Scoring

@Suite struct SamplePlansTests {}

/// The expected codes of one sample plan, written down before scoring.
struct SampleExpectation: CustomTestStringConvertible, Sendable {
  var file: String
  var rung: Int
  var levels: [String: Int]
  var testDescription: String { file }
}

extension SamplePlansTests {
  /// The expectations in `SamplePlans/expected.json`.
  static let expectations: [SampleExpectation] = {
    struct File: Decodable {
      struct Plan: Decodable {
        var rung: Int
        var levels: [String: Int]
      }
      var plans: [String: Plan]
    }
    let url = Fixtures.packageRoot.appendingPathComponent("SamplePlans/expected.json")
    guard let data = try? Data(contentsOf: url),
      let file = try? JSONDecoder().decode(File.self, from: data)
    else { return [] }
    return file.plans.keys.sorted().compactMap { name in
      file.plans[name].map { SampleExpectation(file: name, rung: $0.rung, levels: $0.levels) }
    }
  }()

  /// There are at least 12 sample plans with expectations, four of them XML.
  @Test func enoughSamples() {
    #expect(Self.expectations.count >= 12)
    #expect(Self.expectations.filter { $0.file.hasSuffix(".xml") }.count >= 4)
  }

  /// Each sample plan scores, criterion by criterion and on the ladder, as its
  /// expectation says.
  @Test(arguments: expectations)
  func scoresAsExpected(_ expected: SampleExpectation) throws {
    let path = Fixtures.packageRoot.appendingPathComponent("SamplePlans/\(expected.file)").path
    let card = PlanScorer(rubric: try RubricCatalog.load(nil)).score(
      try PlanReader().read(fileAt: path))
    var differences: [String] = []
    if card.ladder.rung != expected.rung {
      differences.append("rung: expected \(expected.rung), got \(card.ladder.rung)")
    }
    for result in card.criteria {
      let want = expected.levels[result.id]
      if result.level != want {
        let found = result.evidence.map(\.matched).joined(separator: ", ")
        differences.append(
          "\(result.id): expected \(want.map(String.init) ?? "-"), "
            + "got \(result.level.map(String.init) ?? "n.v.t.") [\(found)]")
      }
    }
    #expect(differences == [], "\(expected.file)")
  }
}
