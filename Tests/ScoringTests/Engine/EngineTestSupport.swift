import Foundation
import PlanReading
import TestSupport

@testable import Scoring

/// Builds documents and scores them with the small test rubric, so engine tests
/// do not depend on the default rubric's wording.
enum EngineTestSupport {
  /// The test rubric from the fixtures.
  static let rubric: Rubric = {
    do {
      return try Rubric(contentsOf: Fixtures.url("rubrics/test-rubric.json"))
    } catch {
      preconditionFailure("the test rubric must load: \(error)")
    }
  }()

  /// A scorer over the test rubric.
  static let scorer = PlanScorer(rubric: rubric)

  /// A document of paragraphs (one string each) under one heading.
  static func document(
    _ paragraphs: [String], language: PlanLanguage = .nl, kind: DocumentKind = .wijkactieplan
  ) -> PlanDocument {
    let blocks = ReportFixture.blocks(paragraphs)
    return PlanDocument(
      metadata: PlanMetadata(
        kind: kind, language: language, languageDetected: false, sourcePath: "test.txt",
        sha256: "0", format: .plainText),
      blocks: blocks)
  }

  /// Scores paragraphs with the test rubric.
  static func score(
    _ paragraphs: [String], language: PlanLanguage = .nl, kind: DocumentKind = .wijkactieplan
  ) -> Scorecard {
    scorer.score(document(paragraphs, language: language, kind: kind))
  }
}

extension Scorecard {
  /// The result of one criterion, by id.
  func criterion(_ id: String) -> CriterionResult? {
    criteria.first { $0.id == id }
  }
}
