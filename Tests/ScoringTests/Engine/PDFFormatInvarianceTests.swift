import Foundation
import PlanReading
import TestSupport
import Testing

@testable import Scoring

/// The same sample plan read as Markdown and as a typeset PDF scores the same.
@Suite struct PDFFormatInvarianceTests {}

/// A sample plan and the PDF `Scripts/make-pdf-fixtures.sh` typeset from it.
struct FormatPair: CustomTestStringConvertible, Sendable {
  var markdown: String
  var pdf: String
  var testDescription: String { pdf }
}

extension PDFFormatInvarianceTests {
  static let pairs = [
    FormatPair(
      markdown: "nl-heerlen-meezenbroek-wijkplan-voorbehouden.md", pdf: "heerlen-two-columns.pdf"),
    FormatPair(
      markdown: "nl-leeuwarden-vrijheidswijk-omgevingsplan-raadpleging.md",
      pdf: "leeuwarden-one-column.pdf"),
    FormatPair(
      markdown: "en-us-riverbend-mpo-public-participation-plan.md", pdf: "riverbend-one-column.pdf"),
  ]

  static func cards(_ pair: FormatPair) throws -> (markdown: Scorecard, pdf: Scorecard) {
    let scorer = PlanScorer(rubric: try RubricCatalog.load(nil))
    let markdown = try PlanReader().read(
      fileAt: Fixtures.packageRoot.appendingPathComponent("SamplePlans/\(pair.markdown)").path)
    let pdf = try PlanReader().read(fileAt: Fixtures.path("pdf/\(pair.pdf)"))
    return (scorer.score(markdown), scorer.score(pdf))
  }

  /// Same rung, same level per criterion, same evidence sentences (up to white space).
  @Test(arguments: pairs)
  func scoresTheSame(_ pair: FormatPair) throws {
    let (markdown, pdf) = try Self.cards(pair)
    #expect(pdf.ladder.rung == markdown.ladder.rung)
    func summary(_ card: Scorecard) -> [String] {
      card.criteria.map { result in
        let quotes = result.evidence.map {
          $0.quote.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return "\(result.id) \(result.level.map(String.init) ?? "-") \(quotes.sorted())"
      }
    }
    #expect(summary(pdf) == summary(markdown))
  }

  /// PDF evidence carries its page; Markdown evidence does not.
  @Test(arguments: pairs)
  func evidenceHasPages(_ pair: FormatPair) throws {
    let (markdown, pdf) = try Self.cards(pair)
    let pdfEvidence = pdf.criteria.flatMap(\.evidence)
    #expect(!pdfEvidence.isEmpty)
    #expect(pdfEvidence.allSatisfy { ($0.page ?? 0) >= 1 })
    #expect(markdown.criteria.flatMap(\.evidence).allSatisfy { $0.page == nil })
  }
}
