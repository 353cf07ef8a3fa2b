import CLibXML2
import Foundation

/// Why libxml2 refused a document, with its own message and the position.
///
/// Built from the parser context's last error (`xmlCtxtGetLastError`), never
/// from the global one, so concurrent reads of different files do not mix up
/// their errors.
struct LibXML2Error: Error, Equatable {
  /// The broad reason.
  enum Kind: Equatable {
    /// The XML is not well-formed.
    case malformed
    /// Entities refer to each other so that expanding them would not end or
    /// would exhaust memory (an "entity bomb"); libxml2 stopped parsing.
    case entityExpansion
    /// An attribute value refers to an external entity, which XML forbids and
    /// the reader would never load.
    case externalEntity
    /// The bytes are not UTF-8 and the document declares no other encoding.
    case notUTF8
    /// An entity is referred to that the document never defines.
    case undefinedEntity
    /// The elements are nested deeper than libxml2's limit.
    case tooDeep
    /// Bytes cannot be decoded in the encoding the document declares;
    /// `message` is that encoding's name as declared (or empty).
    case undecodable
  }

  /// The broad reason.
  var kind: Kind
  /// The 1-based line.
  var line: Int
  /// The 1-based column.
  var column: Int
  /// libxml2's message, white space collapsed.
  var message: String
}

extension LibXML2Error {
  /// Reads one libxml2 error.
  init(_ error: xmlError) {
    let message = error.message.map { String(cString: $0) }?.collapsingXMLWhiteSpace()
    let text = message.flatMap { $0.isEmpty ? nil : $0 } ?? "libxml2 gave no reason"
    let kind: Kind
    if error.code == Int32(XML_ERR_ENTITY_LOOP.rawValue) {
      kind = .entityExpansion
    } else if error.code == Int32(XML_ERR_ENTITY_IS_EXTERNAL.rawValue) {
      kind = .externalEntity
    } else if text.hasPrefix("Input is not proper UTF-8") {
      kind = .notUTF8
    } else if error.code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue)
      || error.code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue)
    {
      kind = .undefinedEntity
    } else if text.hasPrefix("Excessive depth in document") {
      kind = .tooDeep
    } else {
      kind = .malformed
    }
    self.init(
      kind: kind, line: max(Int(error.line), 1), column: max(Int(error.int2), 1), message: text)
  }

  /// Reads the last error recorded in a parser context.
  init(lastErrorOf context: xmlParserCtxtPtr) {
    guard let error = xmlCtxtGetLastError(context) else {
      self.init(kind: .malformed, line: 1, column: 1, message: "libxml2 gave no reason")
      return
    }
    self.init(error.pointee)
  }

  /// The error to show the user for the file at `path`.
  func planReadingError(path: String) -> PlanReadingError {
    switch kind {
    case .malformed, .notUTF8, .undefinedEntity:
      return .malformedXML(path: path, line: line, column: column, message: Self.plain(message))
    case .undecodable:
      return .xmlEncoding(path: path, line: line, column: column, encoding: message)
    case .tooDeep:
      let limit = message.split(whereSeparator: { !$0.isNumber }).first.map(String.init) ?? "256"
      return .malformedXML(
        path: path, line: line, column: column,
        message: "the elements are nested more than \(limit) levels deep, deeper than a plan "
          + "can be read")
    case .entityExpansion:
      return .unsafeXML(
        path: path, line: line, column: column,
        message: "its entities refer to each other so that expanding them would use unbounded "
          + "memory (an entity bomb; libxml2: \(message)); entities are never expanded")
    case .externalEntity:
      return .unsafeXML(
        path: path, line: line, column: column,
        message: "it refers to an external entity (libxml2: \(message)); external entities "
          + "are never loaded")
    }
  }
}

extension LibXML2Error {
  /// libxml2's message without its advice to set parser options, which users
  /// cannot set.
  static func plain(_ message: String) -> String {
    message.replacingOccurrences(
      of: #",? *(use|try) XML_PARSE_[A-Z_]+( option)?"#, with: "", options: .regularExpression
    )
    .replacingOccurrences(
      of: #"XML_PARSE_[A-Z_]+"#, with: "a parser option", options: .regularExpression)
  }

  /// Many references to entities the document never defines: libxml2 stops
  /// them as if they were a loop, but they are simply undefined.
  static func undefinedEntities(_ first: LibXML2Error, count: Int) -> LibXML2Error {
    let name = first.message.split(separator: "'").dropFirst().first.map(String.init) ?? "?"
    let more = count > 1 ? " (\(count) references to undefined entities)" : ""
    return LibXML2Error(
      kind: .undefinedEntity, line: first.line, column: first.column,
      message: "the entity &\(name.clipped()); is used but never defined\(more); write the "
        + "text itself, or define the entity")
  }
}

// MARK: - Collecting errors

/// Keeps the errors libxml2 reports while one document is parsed.
///
/// libxml2 keeps only the *last* error in the context, which is often a
/// consequence ("Extra content at the end of the document") of the first,
/// real one ("AttValue: \" or ' expected"). ``LibXML2SAXTreeBuilder`` feeds it
/// from the structured error handler of one parser context's own SAX
/// handler, so it sees every error of that parse and nothing of any other
/// thread's.
final class LibXML2ErrorCollector {
  private var first: LibXML2Error?
  private var unsafe: LibXML2Error?

  private var undefined: LibXML2Error?
  private var undefinedCount = 0
  /// The key, in the thread's dictionary, of the flag ``globalHandler`` sets.
  private static let undecodableKey = "participation-scorecard.libxml2.undecodable"

  /// The thread's global libxml2 handler (see ``LibXML2Parser/initialize()``):
  /// libxml2 raises a failure to decode the bytes outside the parser context,
  /// so it is noted on the thread for the parse that runs there; everything
  /// else is dropped. (`userData` is not used: libxml2 passes the parser
  /// context there for some errors and the handler's own pointer for others.)
  static let globalHandler: xmlStructuredErrorFunc = { _, error in
    guard let error else { return }
    let domain = error.pointee.domain
    guard domain == Int32(XML_FROM_IO.rawValue) || domain == Int32(XML_FROM_I18N.rawValue)
    else { return }
    Thread.current.threadDictionary[undecodableKey] = true
  }

  /// Starts a parse on this thread: no decoding failure noted yet.
  func begin() {
    Thread.current.threadDictionary.removeObject(forKey: Self.undecodableKey)
  }

  /// Whether libxml2 failed to decode the bytes during this thread's parse.
  private var undecodable: Bool {
    Thread.current.threadDictionary[Self.undecodableKey] as? Bool ?? false
  }

  /// Notes one error of the parse.
  func record(_ error: LibXML2Error) {
    if error.kind == .undefinedEntity {
      if undefined == nil { undefined = error }
      undefinedCount += 1
    }
    if first == nil { first = error }
    if unsafe == nil, error.kind == .entityExpansion || error.kind == .externalEntity {
      unsafe = error
    }
  }

  /// Why the parse failed: an unsafe construct if there was one, else the
  /// first error, else the context's last error.
  /// References to undefined entities that made libxml2 report a loop are
  /// reported as what they are.
  func failure(of context: xmlParserCtxtPtr) -> LibXML2Error {
    if undecodable {
      let declared = context.pointee.encoding ?? context.pointee.input?.pointee.encoding
      let encoding = declared.map { String(cString: $0) } ?? ""
      return LibXML2Error(
        kind: .undecodable, line: first?.line ?? 1, column: first?.column ?? 1, message: encoding)
    }
    if let undefined, unsafe?.kind == .entityExpansion || first?.kind == .undefinedEntity {
      return .undefinedEntities(undefined, count: undefinedCount)
    }
    return unsafe ?? first ?? LibXML2Error(lastErrorOf: context)
  }
}
