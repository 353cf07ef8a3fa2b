import Foundation
import Testing

@testable import PlanReading

/// Titles and dates from Word, OpenDocument and PDF document properties,
/// from files built here.
@Suite struct DocumentPropertiesTests {}

extension DocumentPropertiesTests {
  static let paragraph = "Bewoners praten mee over het nieuwe plein in de wijk."

  static func docx(title: String) throws -> Data {
    try WordArchive.make([
      ("word/document.xml", WordArchive.document("<w:r><w:t>\(paragraph)</w:t></w:r>")),
      (
        "docProps/core.xml",
        """
        <cp:coreProperties \
        xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">\
        <dc:title>\(title)</dc:title><dcterms:created>2024-05-01T10:00:00Z</dcterms:created>\
        </cp:coreProperties>
        """
      ),
    ])
  }

  /// Word: the core title and creation date; a generic title gives way to
  /// the file name.
  @Test func word() throws {
    let named = try PlanReader().read(data: Self.docx(title: "Wijkagenda Noord"), path: "a.docx")
    #expect(named.metadata.title == "Wijkagenda Noord")
    #expect(named.metadata.date == "2024-05-01")
    #expect(named.metadata.year == 2024)
    #expect(named.metadata.kind == .wijkactieplan)
    let generic = try PlanReader().read(
      data: Self.docx(title: "Toelichting"), path: "wijkagenda-noord.docx")
    #expect(generic.metadata.title == "Wijkagenda noord")
  }

  /// OpenDocument: `dc:title` and `meta:creation-date` in `meta.xml`.
  @Test func openDocument() throws {
    let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    let data = try WordArchive.make([
      ("mimetype", ODTReader.mimetype),
      (
        "content.xml",
        """
        <office:document-content xmlns:office="\(office)" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>\
        <text:h text:outline-level="1">Inleiding</text:h><text:p>\(Self.paragraph)</text:p>\
        </office:text></office:body></office:document-content>
        """
      ),
      (
        "meta.xml",
        """
        <office:document-meta xmlns:office="\(office)" \
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
        xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>\
        <dc:title>Omgevingsvisie Buitengebied</dc:title>\
        <meta:creation-date>2023-09-14T10:00:00</meta:creation-date></office:meta>\
        </office:document-meta>
        """
      ),
    ])
    let metadata = try PlanReader().read(data: data, path: "visie.odt").metadata
    #expect(metadata.format == .odt)
    #expect(metadata.title == "Omgevingsvisie Buitengebied")
    #expect(metadata.date == "2023-09-14")
    #expect(metadata.kind == .omgevingsvisie)
  }

  /// PDF: a generic info title gives way to the subject; the creation date
  /// gives the year.
  @Test func pdf() throws {
    let data = MinimalPDF.make(
      text: Self.paragraph,
      info: "/Title (Toelichting) /Subject (Herinrichting Marktplein) "
        + "/CreationDate (D:20240315120000Z)")
    let metadata = try PlanReader().read(data: data, path: "stuk.pdf").metadata
    #expect(metadata.format == .pdf)
    #expect(metadata.title == "Herinrichting Marktplein")
    #expect(metadata.year == 2024)
  }
}

/// A one-page PDF with one line of text and an info dictionary, written by
/// hand with a correct cross-reference table.
enum MinimalPDF {
  static func make(text: String, info: String) -> Data {
    let stream = "BT /F1 12 Tf 72 760 Td (\(text)) Tj ET"
    let objects = [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        + "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
      "<< \(info) >>",
    ]
    var pdf = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (index, object) in objects.enumerated() {
      offsets.append(pdf.utf8.count)
      pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
    }
    let xref = pdf.utf8.count
    pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets {
      let digits = String(offset)
      pdf += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
    }
    pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 6 0 R >>\n"
    pdf += "startxref\n\(xref)\n%%EOF\n"
    return Data(pdf.utf8)
  }
}
