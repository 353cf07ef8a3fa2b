import Foundation

/// Reads the XML parts of a Word or OpenDocument archive with the same safe
/// libxml2 settings as any XML plan: no network, no DTD loading, no entity
/// expansion.
enum OfficePart {
  /// Unpacks and parses one part.
  /// - Parameters:
  ///   - part: The part's path in the archive, such as `word/document.xml`.
  ///   - archive: The opened archive.
  ///   - path: The archive's path, to name in errors.
  /// - Returns: The part's tree, or `nil` when the archive has no such part.
  /// - Throws: ``PlanReadingError`` for a part that cannot be unpacked, is too
  ///   large for its compressed size, or is not well-formed XML (the error then
  ///   names the file as `plan.docx (word/document.xml)`).
  static func tree(
    _ part: String, in archive: inout OfficeArchive, path: String
  ) throws(PlanReadingError) -> XMLDocumentTree? {
    guard let data = try archive.data(of: part) else { return nil }
    do throws(LibXML2Error) {
      return try LibXML2Parser.parse(data)
    } catch {
      throw error.planReadingError(path: "\(path) (\(part))")
    }
  }
}
