import CLibXML2

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
    /// The bytes are not UTF-8 and the document declares no other encoding.
    case notUTF8
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
  /// Reads the last error recorded in a parser context.
  init(lastErrorOf context: xmlParserCtxtPtr) {
    guard let error = xmlCtxtGetLastError(context) else {
      self.init(kind: .malformed, line: 1, column: 1, message: "libxml2 gave no reason")
      return
    }
    let message = error.pointee.message.map { String(cString: $0) }?.collapsingXMLWhiteSpace()
    let text = message.flatMap { $0.isEmpty ? nil : $0 } ?? "libxml2 gave no reason"
    let kind: Kind
    if error.pointee.code == Int32(XML_ERR_ENTITY_LOOP.rawValue) {
      kind = .entityExpansion
    } else if text.hasPrefix("Input is not proper UTF-8") {
      kind = .notUTF8
    } else {
      kind = .malformed
    }
    self.init(
      kind: kind, line: max(Int(error.pointee.line), 1), column: max(Int(error.pointee.int2), 1),
      message: text)
  }

  /// The error to show the user for the file at `path`.
  func planReadingError(path: String) -> PlanReadingError {
    switch kind {
    case .malformed, .notUTF8:
      return .malformedXML(path: path, line: line, column: column, message: message)
    case .entityExpansion:
      return .unsafeXML(
        path: path, line: line, column: column,
        message: "its entities refer to each other so that expanding them would use unbounded "
          + "memory (an entity bomb; libxml2: \(message)); entities are never expanded")
    }
  }
}
