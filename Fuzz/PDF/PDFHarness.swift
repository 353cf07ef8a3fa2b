import Foundation
import PlanReading

/// The PDF reader: an input is a `.pdf` file, read by
/// `PlanReader.read(data:path:)` through poppler (pages, text with its
/// positions and fonts, columns, running heads, hyphenation, metadata).
/// Poppler itself is not instrumented, so coverage guides the fuzzer through
/// the project's own layout code only.
enum PDFHarness {
  /// Reads one input; a thrown reading error is a correct outcome.
  static func test(_ data: Data) {
    _ = try? PlanReader().read(data: data, path: "fuzz-plan.pdf")
  }
}
