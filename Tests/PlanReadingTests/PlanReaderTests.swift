import Foundation
import Testing
import TestSupport

@testable import PlanReading

@Suite struct PlanReaderTests {}

extension PlanReaderTests {
  /// A missing file is reported by path, never a crash.
  @Test func missingFileIsReported() {
    #expect(throws: PlanReadingError.fileNotFound(path: "/nonexistent/plan.txt")) {
      try PlanReader().read(fileAt: "/nonexistent/plan.txt")
    }
  }

  /// A file of only white space is an empty file.
  @Test func emptyFileIsReported() {
    #expect(throws: PlanReadingError.emptyFile(path: "x.txt")) {
      try PlanReader().read(data: Data(" \n\t\n".utf8), path: "x.txt")
    }
  }

  /// A PDF is refused as binary with a hint to convert it.
  @Test func pdfIsRefused() throws {
    do {
      _ = try PlanReader().read(data: Data("%PDF-1.7\n...".utf8), path: "plan.pdf")
      Issue.record("a PDF was read")
    } catch {
      guard case .undecodable(_, let reason) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(reason.contains("PDF"))
    }
  }

  /// The SHA-256 of the bytes is recorded (known vector for "abc\n").
  @Test func hashIsRecorded() throws {
    let document = try PlanReader().read(data: Data("abc\n".utf8), path: "abc.txt")
    #expect(
      document.metadata.sha256
        == "edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb")
  }
}
