import Foundation
import PlanReading

/// Reads inline text as a plan file through the public entry point.
/// - Parameters:
///   - text: The file's content, encoded as UTF-8.
///   - path: The path to report; its extension picks the format.
func readPlainText(_ text: String, path: String = "plan.md") throws -> PlanDocument {
  try PlanReader().read(data: Data(text.utf8), path: path)
}

extension PlanDocument {
  /// The blocks of one kind, in reading order.
  func blocks(_ kind: BlockKind) -> [Block] {
    blocks.filter { $0.kind == kind }
  }

  /// The block whose text is exactly `text`, if any.
  func block(_ text: String) -> Block? {
    blocks.first { $0.text == text }
  }
}
