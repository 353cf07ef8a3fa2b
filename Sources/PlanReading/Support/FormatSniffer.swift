import Foundation
import ZIPFoundation

/// Decides from the content, not the name, what a file holds: a PDF, a Word
/// or OpenDocument archive, HTML, XML, text, or binary data.
enum FormatSniffer {
  /// The broad families of input.
  enum Family: String {
    case xml = "XML"
    case text = "plain text"
    case html = "HTML"
    case docx = "a Word document (DOCX)"
    case odt = "an OpenDocument text (ODT)"
    case pdf = "PDF"
  }

  /// What the content says.
  enum Verdict: Equatable {
    case xml
    case text
    case html
    case docx
    case odt
    /// A ZIP archive that is neither a Word document nor an OpenDocument text.
    case otherArchive(reason: String)
    /// A ZIP signature, but no readable table of contents.
    case corruptArchive
    /// An old word-processor format the reader does not read; `format` names it.
    case legacyOffice(format: String)
    case pdf
    case binary(reason: String)

    var family: Family {
      switch self {
      case .xml: return .xml
      case .html: return .html
      case .docx: return .docx
      case .odt: return .odt
      case .pdf: return .pdf
      case .text, .binary, .otherArchive, .corruptArchive, .legacyOffice: return .text
      }
    }
  }

  /// Sniffs a file's content.
  static func sniff(_ data: Data) -> Verdict {
    let head = data.prefix(4096)
    if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      return sniffArchive(data)
    }
    if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      // Word 97–2003 files, and also Office files protected with a password.
      return .legacyOffice(
        format: "an old binary Office document (.doc, Word 97–2003) or a password-protected "
          + "Office file")
    }
    if head.starts(with: Array("{\\rtf".utf8)) {
      return .legacyOffice(format: "an RTF document (.rtf)")
    }
    if let signature = binarySignature(head) {
      return .binary(reason: signature)
    }
    // UTF-16 with a byte order mark: look at the first character after it.
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
      let littleEndian = head.starts(with: [0xFF, 0xFE])
      let units = stride(from: 2, to: head.count - 1, by: 2).map { offset -> UInt16 in
        let a = UInt16(head[head.startIndex + offset])
        let b = UInt16(head[head.startIndex + offset + 1])
        return littleEndian ? (b << 8 | a) : (a << 8 | b)
      }
      if isHTML(Array(String(decoding: units, as: UTF16.self).utf8)) { return .html }
      let first = units.first { !(0x09...0x0D).contains($0) && $0 != 0x20 }
      return first == UInt16(UInt8(ascii: "<")) ? .xml : .text
    }
    var bytes = head[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if bytes.contains(0) { return .binary(reason: "it contains NUL bytes") }
    if isHTML(Array(bytes)) { return .html }
    guard let first = bytes.firstIndex(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 }) else {
      return .text
    }
    let rest = bytes[first...]
    if rest.starts(with: Array("<?xml".utf8)) { return .xml }
    if rest.first == UInt8(ascii: "<"), let next = rest.dropFirst().first,
      next.isASCIILetterOrUnderscore || next == UInt8(ascii: "!")
    {
      return .xml
    }
    return .text
  }

  /// The family a file name suggests, or `nil` for an unknown extension.
  static func expectedFormat(forPath path: String) -> Family? {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "xml": return .xml
    case "txt", "md", "markdown", "text": return .text
    case "html", "htm": return .html
    case "docx": return .docx
    case "odt": return .odt
    case "pdf": return .pdf
    default: return nil
    }
  }

  // MARK: - HTML

  /// Whether the text is a web page.
  ///
  /// It is when it starts, after white space and comments, with an HTML
  /// doctype or an `<html` start tag (any case). An XML declaration first
  /// makes it XML (XHTML is read as XML).
  static func isHTML(_ bytes: [UInt8]) -> Bool {
    var rest = bytes[...]
    while true {
      rest = rest.drop { (0x09...0x0D).contains($0) || $0 == 0x20 }
      guard rest.starts(with: Array("<!--".utf8)) else { break }
      guard let end = rest.firstRange(of: Array("-->".utf8)) else { return false }
      rest = rest[end.upperBound...]
    }
    let lowered = rest.prefix(15).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    if lowered.starts(with: Array("<!doctype html".utf8)) {
      return lowered.count == 14 || [0x20, 0x09, 0x0A, 0x0D, 0x3E].contains(lowered[14])
    }
    guard lowered.starts(with: Array("<html".utf8)) else { return false }
    return lowered.count == 5 || [0x20, 0x09, 0x0A, 0x0D, 0x3E].contains(lowered[5])
  }

  // MARK: - Archives

  /// A ZIP archive: a Word document when it holds `word/document.xml`, an
  /// OpenDocument text when its first entry `mimetype` says so.
  private static func sniffArchive(_ data: Data) -> Verdict {
    guard let opened = MemoryArchive(data) else { return .corruptArchive }
    let archive = opened.archive
    if let first = archive.makeIterator().next(), first.path == "mimetype",
      let member = opened.members.first
    {
      let mimetype = smallEntry(member, in: opened)?.trimmingCharacters(in: .whitespacesAndNewlines)
      if mimetype == ODTReader.mimetype { return .odt }
      return .otherArchive(
        reason: "an OpenDocument file of type \(mimetype ?? "unknown"), not a text document")
    }
    if archive["word/document.xml"] != nil { return .docx }
    if archive["xl/workbook.xml"] != nil {
      return .otherArchive(reason: "an Excel workbook")
    }
    if archive["ppt/presentation.xml"] != nil {
      return .otherArchive(reason: "a PowerPoint presentation")
    }
    return .otherArchive(reason: "a ZIP archive without word/document.xml")
  }

  /// The text of an entry of at most 200 bytes, unpacked with that bound; the
  /// checksum is left to the reader, which unpacks the parts it reads again.
  private static func smallEntry(_ member: MemoryArchive.Member, in archive: MemoryArchive)
    -> String?
  {
    var content = Data()
    do {
      try archive.unpack(member, checksum: nil) { chunk in
        content.append(chunk)
        if content.count > 200 { throw CancellationError() }
      }
    } catch {
      return nil
    }
    return String(decoding: content, as: UTF8.self)
  }

  private static func binarySignature(_ head: Data) -> String? {
    let signatures: [([UInt8], String)] = [
      ([0x89, 0x50, 0x4E, 0x47], "it is a PNG image"),
      ([0xFF, 0xD8, 0xFF], "it is a JPEG image"),
      ([0x1F, 0x8B], "it is a gzip archive"),
    ]
    return signatures.first { head.starts(with: $0.0) }?.1
  }
}

extension UInt8 {
  fileprivate var isASCIILetterOrUnderscore: Bool {
    (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) || self == 0x5F
  }
}
