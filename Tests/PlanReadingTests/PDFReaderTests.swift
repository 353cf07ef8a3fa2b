import Foundation
import TestSupport
import Testing

@testable import PlanReading

/// PDF plans typeset from the sample plans by `Scripts/make-pdf-fixtures.sh`.
@Suite struct PDFReaderTests {}

extension PDFReaderTests {
  static func read(_ name: String, options: PlanReader.Options = .init()) throws -> PlanDocument {
    try PlanReader(options: options).read(fileAt: Fixtures.path("pdf/\(name)"))
  }

  static func sample(_ name: String) throws -> PlanDocument {
    try PlanReader().read(
      fileAt: Fixtures.packageRoot.appendingPathComponent("SamplePlans/\(name)").path)
  }

  /// The info dictionary gives the title, the author the municipality, and
  /// every block has a page.
  @Test func metadataAndPages() throws {
    let document = try Self.read("heerlen-two-columns.pdf")
    #expect(document.metadata.format == .pdf)
    #expect(document.metadata.title == "Wijkplan Meezenbroek 2025-2028")
    #expect(document.metadata.municipality == "Heerlen")
    #expect(document.metadata.year != nil)
    #expect(document.blocks.allSatisfy { ($0.location.page ?? 0) >= 1 })
    #expect(Set(document.blocks.compactMap(\.location.page)) == [1, 2])
  }

  /// The running header and the page numbers in the footer are left out.
  @Test func runningHeadersAndPageNumbersAreDropped() throws {
    for name in [
      "heerlen-two-columns.pdf", "leeuwarden-one-column.pdf", "riverbend-one-column.pdf",
    ] {
      let texts = try Self.read(name).blocks.map(\.text)
      let headers = [
        "Wijkplan Meezenbroek 2025-2028 — Gemeente Heerlen", "Omgevingsplan Vrijheidswijk",
        "Riverbend MPO Public Participation Plan",
      ]
      #expect(!texts.contains { text in headers.contains { text.contains($0) } }, "\(name)")
      #expect(!texts.contains { PDFRunningText.isPageNumber($0) }, "\(name)")
      #expect(!texts.contains { $0.hasPrefix("Pagina ") || $0.hasPrefix("Page ") }, "\(name)")
    }
  }

  /// Two columns are read left column first: the headings come in the
  /// Markdown's order, at the Markdown's levels, with its heading paths.
  @Test(arguments: [
    ("heerlen-two-columns.pdf", "nl-heerlen-meezenbroek-wijkplan-voorbehouden.md"),
    ("leeuwarden-one-column.pdf", "nl-leeuwarden-vrijheidswijk-omgevingsplan-raadpleging.md"),
    ("riverbend-one-column.pdf", "en-us-riverbend-mpo-public-participation-plan.md"),
  ])
  func headingsMatchTheMarkdown(pdf: String, markdown: String) throws {
    func headings(_ document: PlanDocument) -> [String] {
      document.blocks.filter { $0.kind == .heading }.map {
        "\($0.level ?? 0) \($0.text) < \($0.headingPath.joined(separator: " / "))"
      }
    }
    #expect(headings(try Self.read(pdf)) == headings(try Self.sample(markdown)))
  }

  /// Every paragraph and list item of the Markdown comes back from the PDF,
  /// in the same order, as the same text. (The Leeuwarden plan is left out:
  /// its Markdown breaks a line before "5.", which the text reader takes for
  /// an empty list item, while the typeset PDF keeps "hoofdstuk 5." whole.)
  @Test(arguments: [
    ("heerlen-two-columns.pdf", "nl-heerlen-meezenbroek-wijkplan-voorbehouden.md"),
    ("riverbend-one-column.pdf", "en-us-riverbend-mpo-public-participation-plan.md"),
  ])
  func proseMatchesTheMarkdown(pdf: String, markdown: String) throws {
    func prose(_ document: PlanDocument) -> [String] {
      document.blocks.filter { $0.kind != .heading }.map { "\($0.kind.rawValue): \($0.text)" }
    }
    #expect(prose(try Self.read(pdf)) == prose(try Self.sample(markdown)))
  }

  /// Line-end hyphenation is undone; real hyphens stay.
  @Test func hyphenationIsJoined() throws {
    let document = try Self.read("hyphenation.pdf")
    let paragraph = try #require(document.blocks.first { $0.kind == .paragraph })
    #expect(
      paragraph.text
        == "Dit plan gaat over de participatie van bewoners in Noord-Holland en over het "
        + "woon- en werkgebied langs de rivier. Wij houden deur-aan-deurgesprekken in de hele wijk."
    )
    #expect(paragraph.headingPath == ["Afbreekproef", "Bewoners en gemeente"])
    #expect(paragraph.location == SourceLocation(line: 3, column: 1, page: 1))
  }

  /// The page limit and the time limit stop the work with an error.
  @Test func limitsAreEnforced() throws {
    let path = Fixtures.path("pdf/heerlen-two-columns.pdf")
    #expect(throws: PlanReadingError.pdfTooLong(path: path, pages: 2, limit: 1)) {
      try Self.read("heerlen-two-columns.pdf", options: .init(maxPDFPages: 1))
    }
    #expect(throws: PlanReadingError.pdfTooSlow(path: path, page: 1, seconds: 0)) {
      try Self.read("heerlen-two-columns.pdf", options: .init(maxPDFSeconds: 0))
    }
  }
}

/// A bad PDF and the start of the message it must give.
struct BadPDFCase: CustomTestStringConvertible, Sendable {
  var file: String
  var message: String
  var testDescription: String { file }
}

extension PDFReaderTests {
  /// Every bad PDF gives its own error, with the file and what to do.
  @Test(arguments: [
    BadPDFCase(
      file: "scan.pdf",
      message: "this PDF has no text; it is probably a scan. Run OCR first "
        + "(for example `ocrmypdf plan.pdf out.pdf`)"),
    BadPDFCase(file: "encrypted.pdf", message: "this PDF is protected with a password."),
    BadPDFCase(
      file: "truncated.pdf",
      message: "this PDF is damaged or incomplete (it does not end with %%EOF, "
        + "so the file was probably cut off). Download or export the plan again."),
    BadPDFCase(file: "damaged.pdf", message: "this PDF is damaged or incomplete ("),
  ])
  func badPDFIsReported(_ bad: BadPDFCase) {
    let path = Fixtures.path("pdf/\(bad.file)")
    #expect {
      try PlanReader().read(fileAt: path)
    } throws: { error in
      (error as? PlanReadingError)?.errorDescription?.hasPrefix("\(path): \(bad.message)") == true
    }
  }
}
