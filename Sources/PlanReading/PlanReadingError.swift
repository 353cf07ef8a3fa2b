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
}

extension PlanReadingError: LocalizedError {
  /// `path[:line:column]: what is wrong. What to do.`
  public var errorDescription: String? {
    switch self {
    case .fileNotFound(let path):
      return "\(path): file not found. Check the path and the spelling of the file name."
    case .unreadable(let path, let reason):
      return
        "\(path): cannot be read (\(reason)). Check that it is a file and that you may read it."
    case .emptyFile(let path):
      return
        "\(path): the file is empty. Export the plan again, or check that the right file was given."
    case .tooLarge(let path, let bytes, let limit):
      return "\(path): the file is \(bytes) bytes, more than the limit of \(limit) bytes. "
        + "Raise the size limit if this really is one plan."
    case .undecodable(let path, let reason):
      return "\(path): not a text or XML file (\(reason)). "
        + "Convert the plan to plain text (UTF-8), XML, PDF, Word (.docx), OpenDocument (.odt) "
        + "or HTML first."
    case .malformedXML(let path, let line, let column, let message):
      return "\(path):\(line):\(column): malformed XML: \(message). "
        + "Fix the XML at that position (an unclosed or misspelled tag is the usual cause)."
    case .unsafeXML(let path, let line, let column, let message):
      return "\(path):\(line):\(column): refused for safety: \(message). "
        + "Remove the entity declarations (<!ENTITY …>) from the document and read it again."
    case .legacyFormat(let path, let format):
      return "\(path): the file is \(format), which is not read. Save it as .docx (or .odt) "
        + "in Word or LibreOffice (\"Save as\"), then read the new file. A file "
        + "protected with a password must be saved without one first."
    case .corruptArchive(let path, let reason):
      return "\(path): damaged ZIP archive: \(reason). Open it in Word or LibreOffice and save "
        + "it again, or download the plan again."
    case .unsupportedArchive(let path, let reason):
      return "\(path): not a Word or OpenDocument text file (\(reason)). Give a .docx or .odt "
        + "text document, or export the plan to .docx, .odt, HTML or plain text."
    case .archiveBomb(let path, let part, let reason):
      return "\(path): refused for safety: \(reason) (part \(part)), as a ZIP bomb would. "
        + "If this really is a plan, open it in Word or LibreOffice and save it again."
    case .pdfWithoutText(let path):
      return "\(path): this PDF has no text; it is probably a scan. "
        + "Run OCR first (for example `ocrmypdf plan.pdf out.pdf`) and read the result."
    case .encryptedPDF(let path):
      return "\(path): this PDF is protected with a password. "
        + "Ask the municipality for an unprotected copy, or remove the password first."
    case .damagedPDF(let path, let reason):
      return "\(path): this PDF is damaged or incomplete (\(reason)). "
        + "Download or export the plan again."
    case .pdfTooLong(let path, let pages, let limit):
      return "\(path): this PDF has \(pages) pages, more than the limit of \(limit). "
        + "Split it into the parts that are the plan, or raise the page limit if this really is one plan."
    case .pdfTooSlow(let path, let page, let seconds):
      return "\(path): reading this PDF took more than \(Int(seconds)) seconds "
        + "(stopped at page \(page)). Check that the file is the plan; convert it to text with another tool, or raise the time limit."
    }
  }
}

extension PlanReadingError {
  /// The path of the file the error is about.
  public var path: String {
    switch self {
    case .fileNotFound(let path), .unreadable(let path, _), .emptyFile(let path),
      .tooLarge(let path, _, _), .undecodable(let path, _),
      .malformedXML(let path, _, _, _), .unsafeXML(let path, _, _, _),
      .legacyFormat(let path, _), .corruptArchive(let path, _), .unsupportedArchive(let path, _),
      .archiveBomb(let path, _, _),
      .pdfWithoutText(let path), .encryptedPDF(let path), .damagedPDF(let path, _),
      .pdfTooLong(let path, _, _), .pdfTooSlow(let path, _, _):
      return path
    }
  }
}
