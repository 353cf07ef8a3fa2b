import Foundation

/// Reads PDF plans through poppler.
///
/// The text of each page is read in reading order (two columns one after the
/// other), running headers, footers and page numbers are left out, lines are
/// rebuilt into paragraphs with line-end hyphenation undone, and headings are
/// found from their type. Locations are a page and the line on that page.
enum PDFPlanReader {
  /// The bounds on the work for one file.
  struct Limits {
    /// The most pages read.
    var maxPages: Int
    /// The most seconds spent reading the text of the pages.
    var maxSeconds: Double
  }

  /// Reads a PDF plan.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The path to name in errors.
  ///   - limits: The page and time bounds.
  /// - Returns: The blocks, the info dictionary's metadata, and notes.
  /// - Throws: ``PlanReadingError`` for an encrypted, damaged, truncated or
  ///   text-less PDF, or one beyond the limits.
  static func read(data: Data, path: String, limits: Limits) throws(PlanReadingError)
    -> ReaderOutput
  {
    guard endsWithEOFMarker(data) else {
      throw .damagedPDF(
        path: path, reason: "it does not end with %%EOF, so the file was probably cut off")
    }
    let file: PopplerFile
    do {
      file = try PopplerFile(data: data)
    } catch {
      switch error {
      case .encrypted: throw .encryptedPDF(path: path)
      case .damaged(let message):
        throw .damagedPDF(path: path, reason: message ?? "poppler could not open it")
      }
    }
    let pageCount = file.pageCount
    guard pageCount <= limits.maxPages else {
      throw .pdfTooLong(path: path, pages: pageCount, limit: limits.maxPages)
    }
    let start = Date()
    var pages: [[PDFPlacedLine]] = []
    for index in 0..<pageCount {
      let elapsed = Date().timeIntervalSince(start)
      if elapsed >= limits.maxSeconds {
        throw .pdfTooSlow(path: path, page: index + 1, seconds: limits.maxSeconds)
      }
      pages.append(PDFPageLayout.placed(file.lines(onPage: index), number: index + 1))
    }
    let running = PDFRunningText.find(in: pages)
    let lines = pages.joined().filter {
      !running.contains(PDFRunningText.Place(page: $0.page, line: $0.number))
    }
    guard lines.contains(where: { $0.line.text.contains(where: \.isLetter) }) else {
      if file.hadProblems {
        throw .damagedPDF(path: path, reason: "poppler found errors in it and no readable text")
      }
      throw .pdfWithoutText(path: path)
    }
    var builder = PDFBlockBuilder(
      typography: PDFTypography(lines),
      vocabulary: PDFLineJoiner.vocabulary(of: lines.lazy.map(\.line.text)))
    builder.read(lines)
    let blocks = builder.blocks
    var metadata = DeclaredMetadata()
    metadata.title = [file.title, file.subject].lazy.compactMap { $0.flatMap(plainTitle) }
      .first(where: PlanTitle.isUsable)
    if let author = file.author {
      let name = author.replacingOccurrences(
        of: "^(gemeente|municipality of)\\s+", with: "",
        options: [.regularExpression, .caseInsensitive])
      if let code = MunicipalityTable.code(forName: name) {
        metadata.municipality = MunicipalityTable.name(forCode: code) ?? name
        metadata.municipalityCode = code
      }
    }
    if let created = file.creationDate {
      metadata.date = isoDate(created)
    }
    return ReaderOutput(
      blocks: blocks, metadata: metadata, notes: [], format: .pdf, encoding: .utf8)
  }

  /// The info dictionary's title, unless it is only a file name, as word
  /// processors leave it (`Microsoft Word - plan.docx`, `plan.pdf`).
  static func plainTitle(_ title: String) -> String? {
    let lowered = title.lowercased()
    let fileName = [".doc", ".docx", ".odt", ".pdf", ".rtf", ".indd"].contains {
      lowered.hasSuffix($0)
    }
    if fileName || lowered.hasPrefix("microsoft word - ") || lowered == "untitled" { return nil }
    return title
  }

  /// Whether `%%EOF` stands in the last kilobyte, as the PDF standard asks
  /// of a complete file.
  private static func endsWithEOFMarker(_ data: Data) -> Bool {
    data.suffix(1024).range(of: Data("%%EOF".utf8)) != nil
  }

  /// `yyyy-MM-dd` in UTC.
  private static func isoDate(_ date: Date) -> String {
    let parts = Calendar(identifier: .gregorian).dateComponents(
      in: TimeZone(identifier: "UTC") ?? .current, from: date)
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }
}
