import Foundation
import PlanReading
import TestSupport
import Testing

@testable import Scoring

@Suite struct FormatInvarianceTests {}

/// One sample plan and one of the formats it was converted to by
/// `Scripts/make-office-fixtures.sh`.
struct ConvertedPlan: CustomTestStringConvertible, Sendable {
  var plan: String
  var fixture: String
  var testDescription: String { fixture }

  static let plans = [
    "nl-deventer-rivierenwijk-wijkprogramma-adviesrecht-reactienota",
    "nl-zwolle-holtenbroek-wijkactieplan-2025-zelfbeheer-buurthuis",
    "nl-arnhem-presikhaaf-wijkakkoord-coproductie",
    "en-uk-ashcombe-neighbourhood-plan-consultation-statement",
  ]

  static let all: [ConvertedPlan] = plans.flatMap { plan in
    ["office/\(plan).docx", "office/\(plan).odt", "html/\(plan).html"].map {
      ConvertedPlan(plan: plan, fixture: $0)
    }
  }
}

extension FormatInvarianceTests {
  /// What must not change with the format: the rung, and per criterion the
  /// level and the evidence sentences (white space collapsed).
  struct Outcome: Equatable {
    var rung: Int
    var criteria: [String: Criterion]

    struct Criterion: Equatable {
      var level: Int?
      var quotes: [String]
    }

    init(_ card: Scorecard) {
      rung = card.ladder.rung
      criteria = Dictionary(
        uniqueKeysWithValues: card.criteria.map { result in
          let quotes = result.evidence.map {
            $0.quote.split(whereSeparator: \.isWhitespace).joined(separator: " ")
          }
          return (result.id, Criterion(level: result.level, quotes: quotes.sorted()))
        })
    }
  }

  static let scorer: PlanScorer? = try? PlanScorer(rubric: RubricCatalog.load(nil))

  /// The Word, OpenDocument and HTML versions of a sample plan score exactly
  /// as its Markdown does: same rung, levels and evidence sentences.
  @Test(arguments: ConvertedPlan.all)
  func sameScoreAsMarkdown(_ converted: ConvertedPlan) throws {
    let scorer = try #require(Self.scorer)
    let markdown = Fixtures.packageRoot.appendingPathComponent("SamplePlans/\(converted.plan).md")
    let expected = Outcome(scorer.score(try PlanReader().read(fileAt: markdown.path)))
    let document = try PlanReader().read(fileAt: Fixtures.path(converted.fixture))
    #expect(document.metadata.format != .plainText)
    let outcome = Outcome(scorer.score(document))
    #expect(outcome.rung == expected.rung)
    for (id, want) in expected.criteria {
      #expect(outcome.criteria[id] == want, "\(id)")
    }
    #expect(expected.criteria.values.contains { !$0.quotes.isEmpty })
  }

  /// The converted plans are recognised as what they are, whatever their
  /// metadata says.
  @Test(arguments: ConvertedPlan.all)
  func sameHeadingsAsMarkdown(_ converted: ConvertedPlan) throws {
    let markdown = Fixtures.packageRoot.appendingPathComponent("SamplePlans/\(converted.plan).md")
    let headings = { (document: PlanDocument) in
      document.blocks.filter { $0.kind == .heading && $0.level != nil }.map(\.text)
    }
    let expected = headings(try PlanReader().read(fileAt: markdown.path))
    let actual = headings(try PlanReader().read(fileAt: Fixtures.path(converted.fixture)))
    // Word and OpenDocument show a front-matter `title` as a title paragraph first.
    #expect(actual.suffix(expected.count) == expected[...])
  }
}
