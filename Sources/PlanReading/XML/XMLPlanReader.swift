import Foundation

/// Reads XML plans: parses with libxml2, recognises the schema (the project's
/// plan schema, STOP/IMOP, OW, officiële publicaties, or generic XML) and
/// hands the tree to that schema's reader.
///
/// Entities are never expanded and nothing is ever loaded from outside the
/// file. A document that declares or uses entities is read with the
/// references left out, and a note says so; one whose entities would expand
/// without bound (an entity bomb) is refused with
/// ``PlanReadingError/unsafeXML(path:line:column:message:)``.
enum XMLPlanReader {
  /// Reads an XML plan from its bytes.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The path to name in errors.
  /// - Returns: The blocks, metadata, notes, format and encoding.
  /// - Throws: ``PlanReadingError/malformedXML(path:line:column:message:)`` for XML
  ///   that is not well-formed, ``PlanReadingError/unsafeXML(path:line:column:message:)``
  ///   for an entity bomb or an external entity in an attribute.
  static func read(data: Data, path: String) throws(PlanReadingError) -> ReaderOutput {
    var notes: [ReadingNote] = []
    var encoding = XMLSourceEncoding(sniffing: data)
    let document: XMLDocumentTree
    do throws(LibXML2Error) {
      document = try LibXML2Parser.parse(data)
    } catch let error
      where error.kind == .notUTF8 && encoding == .utf8
      && !XMLSourceEncoding.declaresEncoding(data)
    {
      // Bytes that are not UTF-8 in a file that names no encoding: almost
      // always Windows-1252 (or Latin-1) from an older system.
      guard let retried = try? LibXML2Parser.parse(data, encoding: "windows-1252") else {
        throw error.planReadingError(path: path)
      }
      document = retried
      encoding = .windows1252
      notes.append(
        ReadingNote(
          code: .encodingFallback,
          message: "The XML is not valid UTF-8 and declares no encoding; it was read as "
            + "Windows-1252."))
    } catch {
      throw error.planReadingError(path: path)
    }

    let locator = SourceColumnLocator(xml: data, encoding: encoding)
    let schema = XMLSchemaDetector.schema(of: document.root)
    if let note = entityNote(for: document) {
      notes.append(note)
    }
    // The reader takes the tree over and releases it part by part.
    let reading = schema.reader.read(consume document, locator: locator)
    return ReaderOutput(
      blocks: reading.blocks, metadata: reading.metadata, notes: notes, format: schema.format,
      encoding: encoding.textEncoding)
  }

  /// The note for a document that declares or refers to entities; also used
  /// for the main part of Word and OpenDocument files.
  static func entityNote(for document: XMLDocumentTree) -> ReadingNote? {
    let names = entityNames(in: document, limit: 10)
    guard !names.isEmpty else { return nil }
    let list = names.joined(separator: ", ")
    return ReadingNote(
      code: .entitiesNotExpanded,
      message: "The XML uses entities (\(list)); for safety they were not expanded or loaded, "
        + "so their text is not part of the plan.")
  }

  /// The first `limit` distinct entities, declared ones first, then those
  /// referred to in document order (`&name;`). One pass with a set of the
  /// names seen, so 200,000 declarations cost 200,000 steps, not their square.
  private static func entityNames(in document: XMLDocumentTree, limit: Int) -> [String] {
    var names: [String] = []
    var seen: Set<String> = []
    func add(_ name: String) {
      WorkCounter.add(1)
      if names.count < limit, seen.insert(name).inserted { names.append(name) }
    }
    for name in document.declaredEntities {
      guard names.count < limit else { return names }
      add(name)
    }
    guard document.referencesEntities else { return names }
    document.root.forEachElement { element in
      guard names.count < limit else { return }
      for case .entityReference(let name) in element.children { add("&\(name);") }
    }
    return names
  }
}
