import Foundation
import TestSupport
import Testing

@testable import Batch

@Suite struct BatchPDFTests {}

extension BatchPDFTests {
  /// A PDF plan in the folder is found, scored and reported like any other;
  /// a scanned PDF is listed as an error with its own code.
  @Test func pdfPlansAreScored() async throws {
    let plan = try Data(contentsOf: Fixtures.url("pdf/heerlen-two-columns.pdf"))
    let scan = try Data(contentsOf: Fixtures.url("pdf/scan.pdf"))
    let input = try BatchFixture.folder(["heerlen/wijkplan.pdf": plan, "scan.pdf": scan])
    let output = try BatchFixture.temporaryFolder("out")
    let outcome = try await BatchFixture.run(input, into: output)
    #expect(outcome.plans.map(\.file) == ["heerlen/wijkplan.pdf"])
    #expect(outcome.failures.map(\.code) == ["pdf_without_text"])
    let report = output.appendingPathComponent("plans/heerlen/wijkplan.pdf.md")
    #expect(FileManager.default.fileExists(atPath: report.path))
  }
}
