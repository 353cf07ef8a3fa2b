import Foundation

/// Reads plan files (plain text, Markdown, XML in its several schemas, PDF,
/// Word, OpenDocument and HTML) into a ``PlanDocument``.
///
/// The format is chosen by the content, not the name: a ZIP archive holding
/// `word/document.xml` is a Word document, one whose `mimetype` says so an
/// OpenDocument text; an HTML doctype or `<html>` root makes a web page; then
/// XML or text. So a `.txt` file that really holds XML, or a file with an
/// unknown extension, still reads, and a note says when the extension
/// suggested another format.
public struct PlanReader: Sendable {
  /// Settings for reading.
  public struct Options: Sendable, Equatable {
    /// The largest file, in bytes, the reader accepts.
    public var maxBytes: Int
    /// The most pages read from one PDF.
    public var maxPDFPages: Int
    /// The most seconds spent reading the text of one PDF (checked between
    /// pages), so a hostile PDF cannot hold up a batch.
    public var maxPDFSeconds: Double

    /// Creates options; the default limits are 50 MB, and for a PDF 2,000
    /// pages and 120 seconds.
    public init(maxBytes: Int = 50_000_000, maxPDFPages: Int = 2_000, maxPDFSeconds: Double = 120) {
      self.maxBytes = maxBytes
      self.maxPDFPages = maxPDFPages
      self.maxPDFSeconds = maxPDFSeconds
    }
  }

  /// The settings this reader uses.
  public var options: Options

  /// Creates a reader.
  public init(options: Options = Options()) {
    self.options = options
  }

  /// Reads the plan in the file at `path`.
  /// - Parameter path: A file path, absolute or relative to the working directory.
  /// - Returns: The document, with metadata, blocks and reading notes.
  /// - Throws: ``PlanReadingError`` naming the file, the position where known,
  ///   and what to do.
  public func read(fileAt path: String) throws(PlanReadingError) -> PlanDocument {
    try read(data: data(ofFileAt: path), path: path)
  }

  /// The bytes of the file at `path`, within the size limit: what
  /// ``read(fileAt:)`` reads, for a caller that needs the bytes as well (to
  /// hash them, say) before calling ``read(data:path:)``.
  /// - Parameters:
  ///   - path: A file path, absolute or relative to the working directory.
  ///   - name: The path the errors name (such as the path relative to a plan
  ///     folder); `path` when `nil`.
  /// - Throws: ``PlanReadingError/fileNotFound(path:)``,
  ///   ``PlanReadingError/unreadable(path:reason:)`` or
  ///   ``PlanReadingError/tooLarge(path:bytes:limit:)``.
  public func data(ofFileAt path: String, named name: String? = nil) throws(PlanReadingError)
    -> Data
  {
    let name = name ?? path
    if let problem = FileAccess.problem(reading: path) {
      throw problem.notFound
        ? .fileNotFound(path: name) : .unreadable(path: name, reason: problem.reason)
    }
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      size > options.maxBytes
    {
      throw .tooLarge(path: name, bytes: size, limit: options.maxBytes)
    }
    do {
      return try FileAccess.read(path)
    } catch {
      throw .unreadable(path: name, reason: error.reason)
    }
  }

  /// Reads a plan from bytes already in memory.
  ///
  /// The reader takes the bytes over and lets go of them as soon as it can (a
  /// plain-text plan's once they are decoded), so a caller that needs them no
  /// longer passes them with `consume`: a large plan is then not held twice.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The path to report in metadata and errors; its extension is
  ///     the first hint for the format.
  /// - Returns: The document.
  /// - Throws: ``PlanReadingError``.
  public func read(data: consuming Data, path: String) throws(PlanReadingError) -> PlanDocument {
    guard data.count <= options.maxBytes else {
      throw .tooLarge(path: path, bytes: data.count, limit: options.maxBytes)
    }
    guard !Self.isBlank(data) else { throw .emptyFile(path: path) }
    let sniffed = FormatSniffer.sniff(data)
    let expected = FormatSniffer.expectedFormat(forPath: path)
    let hash = SHA256Hex.of(data)
    var output: ReaderOutput
    var family = sniffed.family
    switch sniffed {
    case .xml:
      do {
        output = try XMLPlanReader.read(data: data, path: path)
      } catch {
        // A text or Markdown file that merely starts with a tag (`<span …>` from a
        // converter) is text, and an `.html` file a fragment of a web page; only a
        // file that claims to be XML fails as XML.
        let isMalformed: Bool
        switch error {
        case .malformedXML, .xmlEncoding: isMalformed = true
        default: isMalformed = false
        }
        guard isMalformed, expected == .text || expected == .html else { throw error }
        if expected == .html {
          output = try HTMLReader.read(data: data, path: path)
          family = .html
        } else {
          output = try PlainTextReader.read(data: data, path: path)
          family = .text
        }
      }
    case .html:
      output = try HTMLReader.read(data: data, path: path)
    case .docx:
      var archive = try OfficeArchive(data: data, path: path, limits: archiveLimits)
      output = try DOCXReader.read(&archive, path: path)
    case .odt:
      var archive = try OfficeArchive(data: data, path: path, limits: archiveLimits)
      output = try ODTReader.read(&archive, path: path)
    case .text:
      output = try PlainTextReader.read(data: consume data, path: path)
    case .otherArchive(let reason):
      throw .unsupportedArchive(path: path, reason: "it is \(reason)")
    case .corruptArchive:
      throw .corruptArchive(
        path: path,
        reason: "it starts like a ZIP archive (as .docx and .odt files do), but its "
          + "table of contents cannot be read")
    case .legacyOffice(let format):
      throw .legacyFormat(path: path, format: format)
    case .pdf:
      output = try PDFPlanReader.read(
        data: data, path: path,
        limits: .init(maxPages: options.maxPDFPages, maxSeconds: options.maxPDFSeconds))
    case .binary(let reason):
      throw .undecodable(path: path, reason: reason)
    }
    if let expected, expected != family {
      output.notes.append(
        ReadingNote(
          code: .formatSniffed,
          message: "The file name suggests \(expected.rawValue), but the content is "
            + "\(family.rawValue); it was read as \(family.rawValue)."))
    }
    return assemble(output, hash: hash, path: path)
  }

  /// The bounds on unpacking a Word or OpenDocument file, scaled to the
  /// largest file accepted.
  private var archiveLimits: OfficeArchive.Limits {
    OfficeArchive.Limits(maxBytes: options.maxBytes)
  }

  /// Whether the bytes hold nothing but white space after a byte order mark
  /// (a file that is only a BOM is as empty as one with only spaces).
  static func isBlank(_ data: Data) -> Bool {
    let bytes = [UInt8](data.prefix(3))
    if bytes == [0xEF, 0xBB, 0xBF] {
      return !data.dropFirst(3).contains { !isWhiteSpaceByte($0) }
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return !data.dropFirst(2).contains { $0 != 0 && !isWhiteSpaceByte($0) }
    }
    return !data.contains { !isWhiteSpaceByte($0) }
  }

  private static func isWhiteSpaceByte(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  /// Completes a reader's output: language, the file's hash, and the
  /// no-prose note.
  private func assemble(_ output: ReaderOutput, hash: String, path: String) -> PlanDocument {
    var notes = output.notes
    let declared = MetadataCompletion.complete(output.metadata, blocks: output.blocks, path: path)
    let language: PlanLanguage
    let detected: Bool
    if let declaredLanguage = declared.language {
      language = declaredLanguage
      detected = false
    } else {
      language = LanguageDetector.detect(in: output.blocks.lazy.map(\.text))
      detected = true
      notes.append(
        ReadingNote(
          code: .languageDetected,
          message: "No language was declared; the text reads as \(language.rawValue)."))
    }
    let metadata = PlanMetadata(
      title: declared.title, municipality: declared.municipality,
      municipalityCode: declared.municipalityCode, area: declared.area,
      date: declared.date, year: declared.year, kind: declared.kind ?? .other,
      planId: declared.planID?.identifier, planStatus: declared.planStatus, language: language,
      languageDetected: detected,
      sourcePath: path, sha256: hash, format: output.format, encoding: output.encoding)
    let document = PlanDocument(metadata: metadata, blocks: output.blocks, notes: notes)
    if document.hasNoProse {
      return PlanDocument(
        metadata: metadata, blocks: output.blocks,
        notes: notes + [
          ReadingNote(
            code: .noProse,
            message: MessageCatalogue.render(Message(code: "note.no_prose"), in: .en))
        ])
    }
    return document
  }
}
