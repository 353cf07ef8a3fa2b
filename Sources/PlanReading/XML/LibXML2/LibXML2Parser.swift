import CLibXML2
import Foundation

/// Sets libxml2 up once per process: initialises the parser (which makes it
/// safe to parse on several threads) and installs an external-entity loader
/// that refuses every load, as a second line of defence behind `XML_PARSE_NONET`
/// and the absence of `XML_PARSE_NOENT` / `XML_PARSE_DTDLOAD`.
private let libxml2Initialized: Void = {
  xmlInitParser()
  xmlSetExternalEntityLoader { _, _, _ in nil }
}()

/// Parses XML bytes with libxml2 into an ``XMLDocumentTree``.
///
/// Every C object is freed before returning. The only place (with ``LibXML2Error``) that touches
/// libxml2.
///
/// Safety: the options are `NONET | NOERROR | NOWARNING | NOCDATA | BIG_LINES`.
/// Entities are never substituted (no `NOENT`), no DTD is loaded (no `DTDLOAD`),
/// there is no `HUGE` (libxml2 keeps its depth and amplification limits, which
/// reject entity bombs) and no `RECOVER` (malformed XML is an error). Entity
/// references stay in the tree as ``XMLContent/entityReference(name:)``.
enum LibXML2Parser {
  private static let options: Int32 = {
    let flags: [xmlParserOption] = [
      XML_PARSE_NONET, XML_PARSE_NOERROR, XML_PARSE_NOWARNING, XML_PARSE_NOCDATA,
      XML_PARSE_BIG_LINES,
    ]
    return Int32(bitPattern: flags.reduce(0) { $0 | $1.rawValue })
  }()

  /// Parses a document.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - encoding: An encoding name that overrides the document's own
  ///     declaration (used to retry undeclared Windows-1252 files); `nil` lets
  ///     libxml2 follow the byte order mark and the XML declaration.
  /// - Returns: The document as Swift values.
  /// - Throws: ``LibXML2Error`` with libxml2's message and position.
  static func parse(_ data: Data, encoding: String? = nil) throws(LibXML2Error) -> XMLDocumentTree {
    initialize()
    guard let context = xmlNewParserCtxt() else {
      throw LibXML2Error(kind: .malformed, line: 1, column: 1, message: "libxml2 could not start")
    }
    defer { xmlFreeParserCtxt(context) }
    let errors = LibXML2ErrorCollector()
    errors.install(on: context)
    errors.begin()
    defer { withExtendedLifetime(errors) {} }  // libxml2 holds it unretained while parsing
    guard data.count < Int(Int32.max) else {
      throw LibXML2Error(kind: .malformed, line: 1, column: 1, message: "the file is too large")
    }
    let document = data.withUnsafeBytes { raw -> xmlDocPtr? in
      guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
      return xmlCtxtReadMemory(context, base, Int32(raw.count), nil, encoding, options)
    }
    guard let document else {
      throw errors.failure(of: context)
    }
    defer { xmlFreeDoc(document) }
    guard let rootNode = xmlDocGetRootElement(document) else {
      throw LibXML2Error(
        kind: .malformed, line: 1, column: 1, message: "the document has no root element")
    }
    var builder = LibXML2TreeBuilder()
    return XMLDocumentTree(
      root: builder.element(rootNode),
      declaredEntities: declaredEntities(in: document),
      declaredEncoding: document.pointee.encoding.map { String(cString: $0) })
  }

  /// Sets libxml2 up for this process, once: the parser, and a loader that
  /// refuses every external entity; and, for the calling thread, a handler
  /// that keeps libxml2's own messages off standard error.
  ///
  /// Errors of a parse reach the parser context (see ``LibXML2ErrorCollector``),
  /// but libxml2 raises some (a byte sequence the declared encoding cannot
  /// decode: "encoding error : input conversion failed", "I/O error : encoder
  /// error") without a context, through a handler that is global per thread
  /// and prints to standard error by default. That handler is replaced by
  /// ``LibXML2ErrorCollector/globalHandler``, which notes a decoding failure
  /// for the reader's own message and prints nothing.
  static func initialize() {
    _ = libxml2Initialized
    xmlSetStructuredErrorFunc(nil, LibXML2ErrorCollector.globalHandler)
  }

  /// The entities declared in the document's internal subset, written as
  /// they are referenced: `&name;`, or `%name;` for parameter entities.
  private static func declaredEntities(in document: xmlDocPtr) -> [String] {
    var names: [String] = []
    var node = document.pointee.intSubset?.pointee.children
    while let current = node {
      if current.pointee.type == XML_ENTITY_DECL, let name = current.pointee.name {
        let entity = UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlEntity.self)
        let type = entity.pointee.etype
        let isParameter =
          type == XML_INTERNAL_PARAMETER_ENTITY || type == XML_EXTERNAL_PARAMETER_ENTITY
        names.append((isParameter ? "%" : "&") + String(cString: name) + ";")
      }
      node = current.pointee.next
      WorkCounter.add(1)
    }
    return names
  }
}

// MARK: - Conversion

/// Turns libxml2 nodes into ``XMLElementNode`` values.
///
/// Counts same-named elements per line on the way (see
/// ``XMLElementNode/ordinalOnLine``). Used for XML and HTML documents alike.
struct LibXML2TreeBuilder {
  private var seenOnLine: [String: Int] = [:]

  /// Creates a builder for one document.
  init() {}

  /// Converts an element and everything in it.
  mutating func element(_ node: xmlNodePtr) -> XMLElementNode {
    let namespace = node.pointee.ns
    let prefix = namespace?.pointee.prefix.map { String(cString: $0) }
    let localName = node.pointee.name.map { String(cString: $0) } ?? ""
    let line = max(Int(xmlGetLineNo(node)), 1)
    let qualifiedName = prefix.map { "\($0):\(localName)" } ?? localName
    let key = "\(line) \(qualifiedName)"
    let ordinal = seenOnLine[key, default: 0]
    seenOnLine[key] = ordinal + 1
    return XMLElementNode(
      namespaceURI: namespace?.pointee.href.map { String(cString: $0) },
      prefix: prefix, localName: localName, attributes: Self.attributes(of: node),
      children: content(of: node), line: line, ordinalOnLine: ordinal)
  }

  private mutating func content(of node: xmlNodePtr) -> [XMLContent] {
    var content: [XMLContent] = []
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        content.append(.element(element(current)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let text = current.pointee.content {
          content.append(.text(String(cString: text)))
        }
      case XML_ENTITY_REF_NODE:
        // Never descend: the children of a reference are the entity's content.
        content.append(
          .entityReference(name: current.pointee.name.map { String(cString: $0) } ?? ""))
      default:
        break  // comments, processing instructions
      }
      child = current.pointee.next
    }
    return content
  }

  /// The attributes; only literal text counts, entity references are left out.
  private static func attributes(of node: xmlNodePtr) -> [XMLAttribute] {
    var attributes: [XMLAttribute] = []
    var attribute = node.pointee.properties
    while let current = attribute {
      var value = ""
      var part = current.pointee.children
      while let piece = part {
        if piece.pointee.type == XML_TEXT_NODE, let text = piece.pointee.content {
          value += String(cString: text)
        }
        part = piece.pointee.next
      }
      attributes.append(
        XMLAttribute(
          namespaceURI: current.pointee.ns?.pointee.href.map { String(cString: $0) },
          localName: current.pointee.name.map { String(cString: $0) } ?? "", value: value))
      attribute = current.pointee.next
    }
    return attributes
  }
}
