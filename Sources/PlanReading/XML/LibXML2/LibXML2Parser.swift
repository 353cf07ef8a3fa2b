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
/// UTF-8 that libxml2 takes as it is reaches it through a read callback
/// (``LibXML2ByteFeed``), so that it does not copy the whole file; anything it
/// converts (another encoding, or the Windows-1252 retry) is handed over in
/// memory, as libxml2 reports conversion errors by where it converted, and so
/// is a streamed document libxml2 refuses, for the error it has always given.
///
/// libxml2 reports the document through SAX2 callbacks and builds no tree of
/// its own (``LibXML2SAXTreeBuilder``). Every C object is freed before
/// returning. The only place (with ``LibXML2Error`` and the builder) that
/// touches libxml2 for XML.
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
    if encoding == nil, XMLSourceEncoding.isUnconvertedUTF8(data),
      let document = try? parse(data, encoding: nil, streaming: true)
    {
      return document
    }
    // A document libxml2 refuses is read again from memory, so that the error
    // and its position are the ones libxml2 gives for the bytes in memory (its
    // size limits apply to a window of streamed input at other points).
    return try parse(data, encoding: encoding, streaming: false)
  }

  /// Parses a document, streamed through a read callback or from memory.
  private static func parse(_ data: Data, encoding: String?, streaming: Bool)
    throws(LibXML2Error) -> XMLDocumentTree
  {
    initialize()
    guard let context = xmlNewParserCtxt() else {
      throw LibXML2Error(kind: .malformed, line: 1, column: 1, message: "libxml2 could not start")
    }
    defer { xmlFreeParserCtxt(context) }
    let builder = LibXML2SAXTreeBuilder(installingOn: context)
    builder.errors.begin()
    defer { withExtendedLifetime(builder) {} }  // libxml2 holds it unretained while parsing
    guard data.count < Int(Int32.max) else {
      throw LibXML2Error(kind: .malformed, line: 1, column: 1, message: "the file is too large")
    }
    let document = data.withUnsafeBytes { raw -> xmlDocPtr? in
      guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
      guard streaming else {
        return xmlCtxtReadMemory(context, base, Int32(raw.count), nil, encoding, options)
      }
      // libxml2 copies a memory input whole (into a buffer of the next power of
      // two); read through a callback it keeps only a window of the bytes.
      var feed = LibXML2ByteFeed(base: base, count: raw.count)
      return withUnsafeMutablePointer(to: &feed) { feed in
        xmlCtxtReadIO(
          context, { LibXML2ByteFeed.read($0, $1, $2) }, nil, feed, nil, nil, options)
      }
    }
    guard let document else {
      throw builder.errors.failure(of: context)
    }
    defer { xmlFreeDoc(document) }
    builder.finish()
    guard let root = builder.root else {
      throw LibXML2Error(
        kind: .malformed, line: 1, column: 1, message: "the document has no root element")
    }
    return XMLDocumentTree(
      root: root, declaredEntities: declaredEntities(in: document),
      referencesEntities: builder.referencesEntities,
      declaredEncoding: document.pointee.encoding.map { String(cString: $0) },
      textCount: builder.textCount)
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
