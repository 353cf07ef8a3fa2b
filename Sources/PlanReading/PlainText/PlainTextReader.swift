import Foundation

/// Reads plain text and Markdown plans. (Skeleton: replaced by the full reader.)
enum PlainTextReader {
  static func read(data: Data, path: String) throws(PlanReadingError) -> ReaderOutput {
    guard let text = String(data: data, encoding: .utf8) else {
      throw .undecodable(path: path, reason: "not UTF-8")
    }
    let blocks = text.components(separatedBy: "\n\n").enumerated().map { index, paragraph in
      Block(kind: .paragraph, text: paragraph, headingPath: [], location: SourceLocation(line: index + 1))
    }
    return ReaderOutput(
      blocks: blocks, metadata: DeclaredMetadata(), notes: [], format: .plainText, encoding: .utf8)
  }
}
