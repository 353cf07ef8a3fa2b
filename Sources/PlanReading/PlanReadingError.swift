import Foundation

/// Why a plan could not be read. Every case names the file, the position where
/// one is known, what is wrong and what to do about it.
public enum PlanReadingError: Error, Sendable, Equatable {
  /// There is no file at the path.
  case fileNotFound(path: String)
  /// The file exists but could not be opened or read (permissions, a folder).
  case unreadable(path: String, reason: String)
  /// The file has no bytes, or only white space.
  case emptyFile(path: String)
  /// The file is larger than the configured limit.
  case tooLarge(path: String, bytes: Int, limit: Int)
  /// The bytes are not text in any encoding the reader knows (for example a
  /// binary file such as a Word document or an image).
  case undecodable(path: String, reason: String)
  /// The XML is not well-formed; `message` is libxml2's own description.
  case malformedXML(path: String, line: Int, column: Int, message: String)
  /// The XML uses a construct the reader refuses for safety (for example an
  /// external entity or an entity that would expand without bound).
  case unsafeXML(path: String, line: Int, column: Int, message: String)
  /// The file is in an old word-processor format the reader does not read
  /// (binary Word `.doc`, RTF); `format` names it with an article, such as
  /// "an RTF document".
  case legacyFormat(path: String, format: String)
  /// The file is a ZIP archive that cannot be opened or unpacked.
  case corruptArchive(path: String, reason: String)
  /// The file is a readable ZIP archive, but not a Word (`.docx`) or
  /// OpenDocument text (`.odt`) document.
  case unsupportedArchive(path: String, reason: String)
  /// A part of the archive would unpack to far more than the file's size (a
  /// ZIP bomb); reading stopped before it was unpacked.
  case archiveBomb(path: String, part: String, reason: String)
  /// The PDF has no text layer, only images of pages (a scan).
  case pdfWithoutText(path: String)
  /// The PDF can only be opened with a password.
  case encryptedPDF(path: String)
  /// The PDF is damaged or incomplete; `reason` says what was found.
  case damagedPDF(path: String, reason: String)
  /// The PDF has more pages than the reader is allowed to read.
  case pdfTooLong(path: String, pages: Int, limit: Int)
  /// Reading the PDF's text took longer than the reader is allowed to spend.
  case pdfTooSlow(path: String, page: Int, seconds: Double)
  /// The XML's bytes at a position are not valid in the encoding it declares
  /// (`encoding`, as declared; empty when libxml2 did not say).
  case xmlEncoding(path: String, line: Int, column: Int, encoding: String)
}

extension PlanReadingError: LocalizedError {
  /// `path[:line:column]: what is wrong. What to do.`, in English.
  public var errorDescription: String? {
    message(in: .en)
  }
}

extension PlanReadingError {
  /// `path[:line:column]: what is wrong. What to do.`, in `language`.
  public func message(in language: PlanLanguage) -> String {
    MessageCatalogue.render(message, in: language)
  }

  /// The error as a code of ``MessageCatalogue`` (`error.reading.` + case)
  /// with its arguments.
  public var message: Message {
    switch self {
    case .fileNotFound(let path):
      return Message(code: "error.reading.file_not_found", arguments: ["path": path])
    case .unreadable(let path, let reason):
      return Message(
        code: "error.reading.unreadable", arguments: ["path": path, "reason": reason])
    case .emptyFile(let path):
      return Message(code: "error.reading.empty_file", arguments: ["path": path])
    case .tooLarge(let path, let bytes, let limit):
      return Message(
        code: "error.reading.too_large",
        arguments: ["path": path, "bytes": "\(bytes)", "limit": "\(limit)"])
    case .undecodable(let path, let reason):
      return Message(
        code: "error.reading.undecodable", arguments: ["path": path, "reason": reason])
    case .malformedXML(let path, let line, let column, let message):
      return Message(
        code: "error.reading.malformed_xml",
        arguments: ["path": path, "line": "\(line)", "column": "\(column)", "message": message])
    case .xmlEncoding(let path, let line, let column, let encoding):
      return Message(
        code: "error.reading.xml_encoding",
        arguments: ["path": path, "line": "\(line)", "column": "\(column)", "encoding": encoding])
    case .unsafeXML(let path, let line, let column, let message):
      return Message(
        code: "error.reading.unsafe_xml",
        arguments: ["path": path, "line": "\(line)", "column": "\(column)", "message": message])
    case .legacyFormat(let path, let format):
      return Message(
        code: "error.reading.legacy_format", arguments: ["path": path, "format": format])
    case .corruptArchive(let path, let reason):
      return Message(
        code: "error.reading.corrupt_archive", arguments: ["path": path, "reason": reason])
    case .unsupportedArchive(let path, let reason):
      return Message(
        code: "error.reading.unsupported_archive", arguments: ["path": path, "reason": reason])
    case .archiveBomb(let path, let part, let reason):
      return Message(
        code: "error.reading.archive_bomb",
        arguments: ["path": path, "part": part, "reason": reason])
    case .pdfWithoutText(let path):
      return Message(code: "error.reading.pdf_without_text", arguments: ["path": path])
    case .encryptedPDF(let path):
      return Message(code: "error.reading.encrypted_pdf", arguments: ["path": path])
    case .damagedPDF(let path, let reason):
      return Message(
        code: "error.reading.damaged_pdf", arguments: ["path": path, "reason": reason])
    case .pdfTooLong(let path, let pages, let limit):
      return Message(
        code: "error.reading.pdf_too_long",
        arguments: ["path": path, "pages": "\(pages)", "limit": "\(limit)"])
    case .pdfTooSlow(let path, let page, let seconds):
      return Message(
        code: "error.reading.pdf_too_slow",
        arguments: ["path": path, "page": "\(page)", "seconds": "\(Int(seconds))"])
    }
  }
}

extension PlanReadingError {
  /// The path of the file the error is about.
  public var path: String {
    switch self {
    case .fileNotFound(let path), .unreadable(let path, _), .emptyFile(let path),
      .tooLarge(let path, _, _), .undecodable(let path, _),
      .malformedXML(let path, _, _, _), .xmlEncoding(let path, _, _, _),
      .unsafeXML(let path, _, _, _),
      .legacyFormat(let path, _), .corruptArchive(let path, _), .unsupportedArchive(let path, _),
      .archiveBomb(let path, _, _),
      .pdfWithoutText(let path), .encryptedPDF(let path), .damagedPDF(let path, _),
      .pdfTooLong(let path, _, _), .pdfTooSlow(let path, _, _):
      return path
    }
  }
}
