import Batch
import Foundation
import Reporting
import TestSupport
import Testing

/// Engine-only batch outputs compared with the golden files recorded before
/// merged cards existed (the card snapshots are in ReportingTests).
@Suite struct BatchOutputSnapshotTests {}

extension BatchOutputSnapshotTests {
  /// Two scored plans and one failure, for the batch outputs.
  static func batch() -> (Ranking, [PlanFailure]) {
    let plans = [
      ReportFixture.plan(
        "zwolle.md", [ReportFixture.Sentence.decideBudget], municipality: "Zwolle"),
      ReportFixture.plan("arnhem.md", [ReportFixture.Sentence.consult], municipality: "Arnhem"),
    ]
    let failure = PlanFailure(
      file: "kapot.xml", code: "malformed_xml", message: "kapot.xml:4:1: malformed XML",
      line: 4, column: 1)
    return (Ranking(plans), [failure])
  }

  /// Compares `text` with a golden file; `RECORD_SNAPSHOTS=1` writes it instead.
  static func assertSnapshot(_ text: String, named name: String) throws {
    #expect(try GoldenFile.matches(text, named: name), "\(name) differs from the golden file")
  }

  /// The summary CSV and the index page of an engine-only batch are the same bytes as before.
  @Test func batchOutputsAreUnchanged() throws {
    let (ranking, failures) = Self.batch()
    try Self.assertSnapshot(
      SummaryCSVRenderer(language: .nl).render(ranking, failures: failures), named: "summary.csv")
    try Self.assertSnapshot(
      IndexPageRenderer(language: .nl).render(ranking, failures: failures), named: "index.html")
  }
}
