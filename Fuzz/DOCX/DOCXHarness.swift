import Foundation
import FuzzSupport
import PlanReading

/// The Word reader: an input is a whole `.docx` archive (it starts with
/// `PK`) or the XML parts of one separated by two NUL bytes, packed into an
/// archive here (see ``FuzzArchive``), read by `PlanReader.read(data:path:)`.
enum DOCXHarness {
  /// The parts an input's pieces become, in order.
  static let parts = [
    "word/document.xml", "word/styles.xml", "word/footnotes.xml", "word/endnotes.xml",
    "docProps/core.xml", "docProps/custom.xml",
  ]

  /// Reads one input; a thrown reading error is a correct outcome.
  static func test(_ data: Data) {
    guard let file = FuzzArchive.file(from: data, parts: parts) else { return }
    _ = try? PlanReader().read(data: file, path: "fuzz-plan.docx")
  }
}
