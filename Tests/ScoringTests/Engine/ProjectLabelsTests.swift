import Foundation
import TestSupport
import Testing

@testable import Scoring

/// The labels the project keeps itself (`docs/labels/`): codes of real plans
/// of the shared corpus, coded twice and adjudicated, kept without the plans'
/// sentences.
@Suite struct ProjectLabelsTests {
  /// The labels of the December 2026 round.
  static let url = Fixtures.packageRoot.appendingPathComponent("docs/labels/imro-2026-12.json")

  /// Every plan has a rung and all nine criteria in range, and `invloed`
  /// follows from the rung as the codebook requires.
  @Test func codesAreCompleteAndConsistent() throws {
    let labels = try CalibrationLabels(contentsOf: Self.url)
    #expect(labels.plans.count == 40)
    for (file, plan) in labels.plans {
      #expect((0...6).contains(plan.rung), "\(file)")
      #expect(Set(plan.levels.keys) == Set(labels.criteria), "\(file)")
      #expect(plan.levels.values.allSatisfy { (0...2).contains($0) }, "\(file)")
      let influence = plan.rung <= 1 ? 0 : plan.rung <= 3 ? 1 : 2
      #expect(plan.levels["invloed"] == influence, "\(file)")
      #expect(plan.evidence == nil, "\(file) must not carry the corpus's sentences")
    }
  }

  /// The plans are files of the IMRO corpus outside the shared labelled set,
  /// so they measure the engine on plans it was not written against.
  @Test func plansAreUnlabelledCorpusFiles() throws {
    guard let corpus = Fixtures.corpus else {
      print("skipped: ../shared/corpus is absent, the labelled plans cannot be looked up")
      return
    }
    let labels = try CalibrationLabels(contentsOf: Self.url)
    let shared = try CalibrationLabels(
      contentsOf: corpus.appendingPathComponent("labeled/labels.json"))
    for file in labels.plans.keys {
      let path = corpus.appendingPathComponent("imro").appendingPathComponent(file).path
      #expect(FileManager.default.fileExists(atPath: path), "\(file)")
      #expect(shared.plans[file] == nil, "\(file) is in the shared labelled set")
    }
  }
}
