import CLibXML2
import Foundation

/// Parses web pages with libxml2's HTML parser into an ``XMLDocumentTree``.
///
/// The parser is forgiving, as browsers are: unclosed and misnested tags,
/// HTML5 elements and stray `&` are read without error. Options:
/// `RECOVER | NONET | NOERROR | NOWARNING`; nothing is ever loaded from the
/// network or disk, and every C object is freed before returning. Element
/// names come back in lower case, in no namespace.
enum LibXML2HTMLParser {
  private static let options: Int32 = {
    let flags: [htmlParserOption] = [
      HTML_PARSE_RECOVER, HTML_PARSE_NONET, HTML_PARSE_NOERROR, HTML_PARSE_NOWARNING,
    ]
    return Int32(bitPattern: flags.reduce(0) { $0 | $1.rawValue })
  }()

  /// Parses a page that is already UTF-8 (the reader decodes it first, so
  /// libxml2 never guesses the encoding).
  /// - Parameter data: The page as UTF-8 bytes.
  /// - Returns: The page as Swift values; a page without any element gives an
  ///   empty `html` root.
  /// - Throws: ``LibXML2Error`` when libxml2 builds no document at all.
  static func parse(utf8 data: Data) throws(LibXML2Error) -> XMLDocumentTree {
    LibXML2Parser.initialize()
    guard data.count < Int(Int32.max) else {
      throw LibXML2Error(kind: .malformed, line: 1, column: 1, message: "the file is too large")
    }
    guard let context = htmlNewParserCtxt() else {
      throw LibXML2Error(kind: .malformed, line: 1, column: 1, message: "libxml2 could not start")
    }
    defer { htmlFreeParserCtxt(context) }
    let document = data.withUnsafeBytes { raw -> htmlDocPtr? in
      guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
      return htmlCtxtReadMemory(context, base, Int32(raw.count), nil, "UTF-8", options)
    }
    guard let document else {
      throw LibXML2Error(lastErrorOf: context)
    }
    defer { xmlFreeDoc(document) }
    // A page of only a doctype or comments has no element at all: an empty page.
    var builder = LibXML2TreeBuilder()
    let root =
      xmlDocGetRootElement(document).map { builder.element($0) }
      ?? XMLElementNode(
        namespaceURI: nil, prefix: nil, localName: "html", attributes: [], children: [], line: 1,
        ordinalOnLine: 0)
    return XMLDocumentTree(
      root: root, declaredEntities: [], referencesEntities: true, declaredEncoding: "UTF-8")
  }
}
