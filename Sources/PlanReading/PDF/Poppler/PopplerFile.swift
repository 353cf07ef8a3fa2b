import CPoppler
import Foundation

/// A PDF opened with poppler's GLib interface.
///
/// The only type that touches poppler: it turns each page into ``PDFLine`` values and releases every
/// poppler object before returning them.
final class PopplerFile {
  /// Why poppler could not open the bytes.
  enum OpenError: Error {
    /// The document needs a password.
    case encrypted
    /// The bytes are not a readable PDF; poppler's message when it gave one.
    case damaged(String?)
  }

  private let document: OpaquePointer
  /// poppler's problem count on this thread before the file was opened.
  private let problemsBefore: UInt

  /// Opens a PDF from bytes (poppler keeps its own copy).
  init(data: Data) throws(OpenError) {
    problemsBefore = UInt(cpoppler_problems())
    var status = CPOPPLER_OPEN_OK
    var message: UnsafeMutablePointer<CChar>?
    let opened = data.withUnsafeBytes { raw in
      cpoppler_open(raw.baseAddress, raw.count, &status, &message)
    }
    let text = message.map { String(cString: $0) }
    cpoppler_free(message)
    guard let opened else {
      throw status == CPOPPLER_OPEN_ENCRYPTED ? .encrypted : .damaged(text)
    }
    document = opened
  }

  deinit {
    cpoppler_release(UnsafeMutableRawPointer(document))
  }

  /// Whether poppler found problems in the file (damaged objects, a broken
  /// cross-reference table) since it was opened on this thread.
  var hadProblems: Bool {
    UInt(cpoppler_problems()) > problemsBefore
  }

  /// The number of pages.
  var pageCount: Int {
    Int(poppler_document_get_n_pages(document))
  }

  /// The info dictionary's title, if set and not blank.
  var title: String? { Self.take(poppler_document_get_title(document)) }
  /// The info dictionary's subject, if set and not blank.
  var subject: String? { Self.take(poppler_document_get_subject(document)) }

  /// The info dictionary's author, if set and not blank.
  var author: String? { Self.take(poppler_document_get_author(document)) }

  /// The info dictionary's creation date, if set.
  var creationDate: Date? {
    let seconds = poppler_document_get_creation_date(document)
    return seconds <= 0 ? nil : Date(timeIntervalSince1970: TimeInterval(seconds))
  }

  /// The text lines of a page in poppler's order, with their boxes and fonts.
  /// - Parameter index: The 0-based page index.
  func lines(onPage index: Int) -> PDFPageText {
    guard let page = poppler_document_get_page(document, Int32(index)) else {
      return PDFPageText(width: 0, height: 0, lines: [])
    }
    defer { cpoppler_release(UnsafeMutableRawPointer(page)) }
    var width = 0.0
    var height = 0.0
    poppler_page_get_size(page, &width, &height)
    guard let cText = poppler_page_get_text(page) else {
      return PDFPageText(width: width, height: height, lines: [])
    }
    defer { cpoppler_free(cText) }
    var rectangles: UnsafeMutablePointer<PopplerRectangle>?
    var rectangleCount: guint = 0
    guard poppler_page_get_text_layout(page, &rectangles, &rectangleCount) != 0,
      let rectangles
    else {
      return PDFPageText(width: width, height: height, lines: [])
    }
    defer { cpoppler_free(rectangles) }
    var rangeCount = 0
    let ranges = cpoppler_page_ranges(page, &rangeCount)
    defer { cpoppler_free(ranges) }
    let styles = UnsafeBufferPointer(start: ranges, count: rangeCount).map {
      PDFLineCollector.Style(
        start: Int($0.start), end: Int($0.end), size: $0.size, bold: $0.bold != 0)
    }
    var collector = PDFLineCollector(styles: styles)
    let boxes = UnsafeBufferPointer(start: rectangles, count: Int(rectangleCount))
    for (index, scalar) in String(cString: cText).unicodeScalars.enumerated() {
      guard index < boxes.count else { break }
      let box = boxes[index]
      collector.add(scalar, index: index, x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2)
    }
    return PDFPageText(width: width, height: height, lines: collector.finish())
  }

  /// A poppler string, freed, trimmed, `nil` when blank.
  private static func take(_ text: UnsafeMutablePointer<gchar>?) -> String? {
    guard let text else { return nil }
    defer { cpoppler_free(text) }
    let string = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    return string.isEmpty ? nil : string
  }
}
