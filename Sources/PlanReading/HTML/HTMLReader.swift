import Foundation

/// Reads web pages (HTML5 and older HTML, as saved from a browser or
/// published by a plan viewer).
///
/// The bytes are decoded first (see ``HTMLCharset``) and parsed by libxml2's
/// forgiving HTML parser without network access. Only the main content is
/// read (see ``HTMLMainContent``), without boilerplate (see ``HTMLRules``);
/// `h1`–`h6` make the heading path, and lists and tables are read as in any
/// XML plan. The metadata comes from the page's head (see ``HTMLMetadata``).
/// Locations are the line and column of each block's start tag in the file.
enum HTMLReader {
  /// Reads a web page from its bytes.
  /// - Parameters:
  ///   - data: The page's bytes.
  ///   - path: The path to name in errors and notes.
  /// - Returns: The blocks, metadata, notes, format and encoding.
  /// - Throws: ``PlanReadingError/undecodable(path:reason:)`` for bytes that
  ///   are not text, ``PlanReadingError/malformedXML(path:line:column:message:)``
  ///   when libxml2 builds no document at all.
  static func read(data: Data, path: String) throws(PlanReadingError) -> ReaderOutput {
    let decoded = try HTMLCharset.decode(data, path: path)
    let tree: XMLDocumentTree
    do throws(LibXML2Error) {
      tree = try LibXML2HTMLParser.parse(utf8: Data(decoded.text.utf8))
    } catch {
      throw error.planReadingError(path: path)
    }
    let metadata = HTMLMetadata.read(tree.root)
    var content = HTMLMainContent.select(in: tree.root)
    _ = consume tree  // so that the walker can release the content as it reads it
    let rules = HTMLRules(readsHeaders: ["main", "article"].contains(content.element.localName))
    let blocks = XMLBlockWalker.blocks(
      taking: &content.element, rules: rules, locator: SourceColumnLocator(text: decoded.text),
      rootPath: content.path)
    return ReaderOutput(
      blocks: blocks, metadata: metadata, notes: decoded.note.map { [$0] } ?? [],
      format: .html, encoding: decoded.encoding)
  }
}
