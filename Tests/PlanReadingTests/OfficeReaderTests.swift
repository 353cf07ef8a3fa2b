import Foundation
import PlanReading
import TestSupport
import Testing

@Suite struct OfficeReaderTests {}

/// A block reduced to what the office reader tests compare.
struct BlockSummary: Equatable, CustomStringConvertible {
  var kind: BlockKind
  var level: Int?
  var text: String
  var path: [String]
  var line: Int

  init(_ kind: BlockKind, _ level: Int? = nil, _ text: String, _ path: [String], line: Int) {
    self.kind = kind
    self.level = level
    self.text = text
    self.path = path
    self.line = line
  }

  init(_ block: Block) {
    self.init(block.kind, block.level, block.text, block.headingPath, line: block.location.line)
  }

  var description: String { "\(kind) \(level.map(String.init) ?? "-") \(line) \(path) \(text)" }
}

/// The hand-written Word and OpenDocument files with tracked changes, a
/// comment, a footnote, a table of contents, a list and a table, and the same
/// two as LibreOffice saves them (each converted to the other format).
struct TrackedChangesCase: CustomTestStringConvertible, Sendable {
  var file: String
  var part: String
  /// The line of each expected block, in order (the paragraph numbers differ:
  /// Word counts the table-of-contents line and the deleted paragraph).
  var lines: [Int]
  var testDescription: String { file }

  static let all = [
    TrackedChangesCase(
      file: "tracked-changes.docx", part: "word/document.xml",
      lines: [1, 3, 4, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17]),
    TrackedChangesCase(
      file: "tracked-changes.odt", part: "content.xml",
      lines: [1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15]),
    TrackedChangesCase(
      file: "libreoffice-tracked-changes.docx", part: "word/document.xml",
      lines: [1, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17]),
    TrackedChangesCase(
      file: "libreoffice-tracked-changes.odt", part: "content.xml",
      lines: [1, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16]),
  ]
}

extension OfficeReaderTests {
  static func read(_ name: String) throws -> PlanDocument {
    try PlanReader().read(fileAt: Fixtures.path("office/" + name))
  }

  /// Headings with their levels and paths, accepted insertions, the footnote
  /// after its paragraph, list items and table cells, in order; paragraph
  /// numbers as lines.
  @Test(arguments: TrackedChangesCase.all)
  func blocksInOrder(_ example: TrackedChangesCase) throws {
    let document = try Self.read(example.file)
    let intro = ["1. Inleiding"]
    let decide = intro + ["1.1 Wat bewoners beslissen"]
    let who = intro + ["1.2 Wie doet wat"]
    let expected: [(BlockKind, Int?, String, [String])] = [
      (.heading, 1, "Wijkplan De Esch 2026", []),
      (.heading, 1, "1. Inleiding", []),
      (.paragraph, nil, "De gemeente stelt dit plan op samen met de bewonersraad.", intro),
      (.paragraph, nil, "Zie het raadsbesluit van 12 maart 2026 over het wijkbudget.", intro),
      (.paragraph, nil, "Het wijkbudget is € 40.000 per jaar.", intro),
      (.heading, 2, "1.1 Wat bewoners beslissen", intro),
      (.listItem, nil, "Bewoners kiezen de projecten.", decide),
      (.listItem, nil, "Bewoners beheren het budget.", decide),
      (.paragraph, nil, "Meer staat op de website.", decide),
      (.heading, 2, "1.2 Wie doet wat", intro),
      (.tableCell, nil, "Wie", who),
      (.tableCell, nil, "Wat", who),
      (.tableCell, nil, "Bewonersraad", who),
      (.tableCell, nil, "beslist over het wijkbudget en legt verantwoording af.", who),
      (.paragraph, nil, "De bewonersraad evalueert het plan in 2027.", who),
    ]
    let want = zip(expected, example.lines).map { BlockSummary($0.0, $0.1, $0.2, $0.3, line: $1) }
    #expect(document.blocks.map(BlockSummary.init) == want)
    #expect(document.blocks.allSatisfy { $0.location.column == 1 })
    #expect(document.blocks[0].location.elementPath == example.part)
  }

  /// Deleted text, comments, hidden text, field codes and the table of
  /// contents are not read.
  @Test(arguments: TrackedChangesCase.all)
  func leftOut(_ example: TrackedChangesCase) throws {
    let text = try Self.read(example.file).blocks.map(\.text).joined(separator: "\n")
    for absent in ["zonder inspraak", "OPMERKING", "VERBORGEN", "geschrapt", "HYPERLINK", "\t2"] {
      #expect(!text.contains(absent), "\(absent)")
    }
  }

  /// Metadata from the document properties.
  @Test(arguments: TrackedChangesCase.all)
  func metadata(_ example: TrackedChangesCase) throws {
    let metadata = try Self.read(example.file).metadata
    #expect(metadata.title == "Wijkplan De Esch 2026")
    #expect(metadata.municipality == "Zwolle")
    #expect(metadata.municipalityCode == "gm0193")
    #expect(metadata.date == "2026-02-01")
    #expect(metadata.year == 2026)
    #expect(metadata.language == .nl)
    #expect(!metadata.languageDetected)
    #expect(metadata.kind == .wijkactieplan)
    #expect(metadata.format == (example.file.hasSuffix(".docx") ? .docx : .odt))
  }

  /// Custom properties written by pandoc from front matter (gemeente, jaar,
  /// soort, wijk, taal) are read as front matter is.
  @Test func customProperties() throws {
    for suffix in ["docx", "odt"] {
      let metadata = try Self.read("nl-arnhem-presikhaaf-wijkakkoord-coproductie.\(suffix)")
        .metadata
      #expect(metadata.municipality == "Arnhem")
      #expect(metadata.area == "Presikhaaf")
      #expect(metadata.year == 2025)
      #expect(metadata.kind == .wijkactieplan)
      #expect(metadata.title == "Wijkakkoord Presikhaaf 2025–2029")
    }
  }

  /// The format is found by content: a Word file named `.txt` still reads as
  /// Word, with a note about the name.
  @Test func formatByContent() throws {
    let data = try Data(contentsOf: Fixtures.url("office/tracked-changes.docx"))
    let document = try PlanReader().read(data: data, path: "plan.txt")
    #expect(document.metadata.format == .docx)
    #expect(document.notes.contains { $0.code == .formatSniffed })
    let unnamed = try PlanReader().read(data: data, path: "plan")
    #expect(unnamed.metadata.format == .docx)
    #expect(!unnamed.notes.contains { $0.code == .formatSniffed })
  }
}
