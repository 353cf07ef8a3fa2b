import Foundation

/// Reads plain-text and Markdown plans into blocks.
///
/// The bytes are decoded (UTF-8, UTF-16 with a byte order mark, or
/// Windows-1252 as a fallback), split into cleaned lines, stripped of an
/// optional front-matter block that declares metadata, and built into
/// headings, paragraphs, list items and table cells. Without a declared title,
/// ``PlanTitle`` chooses one.
enum PlainTextReader {
  /// Reads a plain-text or Markdown plan.
  /// - Parameters:
  ///   - data: The file's bytes, let go of once they are decoded.
  ///   - path: The path to name in errors and notes.
  /// - Returns: The blocks, declared metadata, notes and encoding.
  /// - Throws: ``PlanReadingError/undecodable(path:reason:)`` when the bytes
  ///   are not text in a supported encoding.
  static func read(data: consuming Data, path: String) throws(PlanReadingError) -> ReaderOutput {
    let decoded = try TextDecoder.decode(consume data, path: path)
    let lines = SourceLine.lines(in: decoded.text)
    let frontMatter = FrontMatter.parse(lines)
    var builder = BlockBuilder()
    builder.read(lines[(frontMatter?.lineCount ?? 0)...])
    builder.finish()
    let blocks = builder.blocks
    let metadata = frontMatter?.metadata ?? DeclaredMetadata()
    return ReaderOutput(
      blocks: blocks, metadata: metadata,
      notes: (decoded.note.map { [$0] } ?? []) + (frontMatter?.notes ?? []),
      format: .plainText, encoding: decoded.encoding)
  }
}
