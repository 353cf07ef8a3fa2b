import Foundation
import TestSupport
import Testing

@testable import PlanReading

@Suite struct PlanReaderTests {}

extension PlanReaderTests {
  /// A missing file is reported by path, never a crash.
  @Test func missingFileIsReported() {
    #expect(throws: PlanReadingError.fileNotFound(path: "/nonexistent/plan.txt")) {
      try PlanReader().read(fileAt: "/nonexistent/plan.txt")
    }
  }

  /// A file of only white space is an empty file.
  @Test func emptyFileIsReported() {
    #expect(throws: PlanReadingError.emptyFile(path: "x.txt")) {
      try PlanReader().read(data: Data(" \n\t\n".utf8), path: "x.txt")
    }
  }

  /// Bytes that start like a PDF go to the PDF reader, whatever the name;
  /// a PDF without its end marker is reported as cut off.
  @Test func pdfIsSniffed() {
    #expect(
      throws: PlanReadingError.damagedPDF(
        path: "plan.txt",
        reason: "it does not end with %%EOF, so the file was probably cut off")
    ) {
      try PlanReader().read(data: Data("%PDF-1.7\n...".utf8), path: "plan.txt")
    }
  }

  /// The SHA-256 of the bytes is recorded (known vector for "abc\n").
  @Test func hashIsRecorded() throws {
    let document = try PlanReader().read(data: Data("abc\n".utf8), path: "abc.txt")
    #expect(
      document.metadata.sha256
        == "edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb")
  }
}

extension PlanReaderTests {
  /// An IMRO identifier in the file name gives the municipality; a heading gives the kind.
  @Test func metadataFromIMROFileNameAndHeadings() throws {
    let text =
      "# Toelichting bestemmingsplan Dorpsstraat\n\nHet plan regelt de bouw van woningen.\n"
    let document = try PlanReader().read(
      data: Data(text.utf8), path: "t_NL.IMRO.0297.BPdorp-VG01.md")
    #expect(document.metadata.municipalityCode == "gm0297")
    #expect(document.metadata.municipality == "Zaltbommel")
    #expect(document.metadata.kind == .bestemmingsplan)
  }

  /// A text file that starts with a converter's tag is still read as text.
  @Test func markdownStartingWithATagIsText() throws {
    let text = "<span id=\"page-0\"></span>\n\n# Plan\n\nBewoners denken mee over het plein.\n"
    let document = try PlanReader().read(data: Data(text.utf8), path: "plan.md")
    #expect(document.metadata.format == .plainText)
    #expect(document.proseBlocks.map(\.text).contains("Bewoners denken mee over het plein."))
  }

  /// A `.txt` file that holds well-formed XML is read as XML, with a note.
  @Test func xmlInATextFileIsXML() throws {
    let xml =
      "<plan gemeente=\"Zwolle\"><sectie><kop>Kop</kop><alinea>Tekst.</alinea></sectie></plan>"
    let document = try PlanReader().read(data: Data(xml.utf8), path: "plan.txt")
    #expect(document.metadata.format == .scorecardXML)
    #expect(document.notes.contains { $0.code == .formatSniffed })
  }
}

extension PlanReaderTests {
  /// A file that is only a byte order mark is empty, like one of only spaces
  /// (issue 13: the BOM-only file exited 0).
  @Test(arguments: [
    [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x20, 0x0A], [0xFF, 0xFE], [0xFF, 0xFE, 0x20, 0x00],
  ])
  func byteOrderMarkOnlyIsEmpty(bytes: [UInt8]) {
    #expect(throws: PlanReadingError.emptyFile(path: "bom.txt")) {
      try PlanReader().read(data: Data(bytes), path: "bom.txt")
    }
  }

  /// A device or a pipe is refused before it is opened, as not a regular
  /// file (issue 13: /dev/zero was reported as a permission problem).
  @Test func deviceAndPipeAreNotRegularFiles() throws {
    #expect(
      throws: PlanReadingError.unreadable(
        path: "/dev/zero", reason: "it is not a regular file but a device")
    ) {
      try PlanReader().read(fileAt: "/dev/zero")
    }
    let fifo = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-fifo-\(UUID().uuidString)").path
    #expect(mkfifo(fifo, 0o644) == 0)
    defer { unlink(fifo) }
    #expect(
      throws: PlanReadingError.unreadable(
        path: fifo, reason: "it is not a regular file but a pipe (FIFO)")
    ) {
      try PlanReader().read(fileAt: fifo)
    }
    let folder = FileManager.default.temporaryDirectory.path
    #expect(throws: PlanReadingError.unreadable(path: folder, reason: "it is a folder, not a file"))
    {
      try PlanReader().read(fileAt: folder)
    }
  }
}
