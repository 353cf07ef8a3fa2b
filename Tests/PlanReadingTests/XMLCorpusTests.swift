import Foundation
import PlanReading
import TestSupport
import Testing

/// Reads the real STOP/IMOP and IMOW files of the shared corpus.
///
/// Skipped, with a message, where the corpus is absent.
@Suite(.enabled(if: Fixtures.corpus != nil, "the shared corpus (../shared/corpus) is absent"))
struct XMLCorpusTests {
  static let omgevingsplan = "nl-stop-geonovum-testcontent-omgevingsplan-gemeentestad-GEO0001.xml"
  static let intrekking = "nl-stop-testsuite-intrekkingsbesluit-gm9920-prefixed-ns.xml"
  static let vrijetekst = "nl-stop-zuid-holland-omgevingsvisie-vrijetekst-test-pv28.xml"
  static let ow = "nl-imow-ow-geonovum-hellodso-regelteksten-gouda-2019.xml"

  static func read(_ name: String) throws -> PlanDocument {
    let corpus = try #require(Fixtures.corpus)
    return try PlanReader().read(
      fileAt: corpus.appendingPathComponent("labeled/" + name).path)
  }
}

extension XMLCorpusTests {
  /// Every XML file of the labelled corpus reads without error.
  @Test func everyXMLFileReads() throws {
    let corpus = try #require(Fixtures.corpus)
    let folder = corpus.appendingPathComponent("labeled")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".xml") }
    #expect(names.count == 4)
    for name in names {
      let document = try Self.read(name)
      #expect(document.metadata.format == .stopXML, "\(name)")
    }
  }

  /// The STOP omgevingsplan yields its headings and paragraphs in order, with
  /// Zaltbommel (gm0297) from the metadata.
  @Test func omgevingsplanReadsWithMunicipality() throws {
    let document = try Self.read(Self.omgevingsplan)
    #expect(document.metadata.municipalityCode == "gm0297")
    #expect(document.metadata.municipality == "Zaltbommel")
    #expect(document.metadata.kind == .omgevingsplan)
    let headings = document.blocks.filter { $0.kind == .heading }.map(\.text)
    #expect(headings.first == "Vaststelling van Omgevingsplan Gemeentestad (Zaltbommel)")
    for expected in [
      "Artikel I", "Hoofdstuk 1 Algemene bepalingen", "Artikel 1.1 Toepassingsgebied",
    ] {
      #expect(headings.contains(expected), "missing heading \(expected)")
    }
    let positions = [
      "Artikel I", "Hoofdstuk 1 Algemene bepalingen", "Hoofdstuk 2 Functietoedeling",
    ]
    .compactMap { title in headings.firstIndex(of: title) }
    #expect(positions == positions.sorted() && positions.count == 3)
    let paragraph = try #require(
      document.block(startingWith: "Dit omgevingsplan is van toepassing"))
    #expect(
      paragraph.headingPath.suffix(2) == [
        "Hoofdstuk 1 Algemene bepalingen", "Artikel 1.1 Toepassingsgebied",
      ])
    #expect(!document.blocks.contains { $0.text.contains("/join/id/") })
  }

  /// The prefixed-namespace intrekkingsbesluit keeps its test code without a name.
  @Test func prefixedIntrekkingsbesluitReads() throws {
    let document = try Self.read(Self.intrekking)
    #expect(document.metadata.municipalityCode == "gm9920")
    #expect(document.metadata.municipality == nil)
    #expect(document.outline.contains("h2 Artikel I"))
    #expect(document.proseBlocks.count == 1)
  }

  /// The Zuid-Holland `RegelingVrijetekst` reads its divisions and list items;
  /// a provincie is no municipality.
  @Test func vrijetekstReadsDivisions() throws {
    let document = try Self.read(Self.vrijetekst)
    #expect(document.metadata.municipality == nil)
    #expect(document.metadata.kind == .programma)
    #expect(document.blocks.filter { $0.kind == .listItem }.count == 2)
    let headings = document.blocks.filter { $0.kind == .heading }.map(\.text)
    #expect(headings.contains("Sturingsfilosofie"))
  }

  /// The OW annotation file reads with no prose blocks and the no-prose note.
  @Test func owFileHasNoProse() throws {
    let document = try Self.read(Self.ow)
    #expect(document.blocks.isEmpty)
    #expect(document.hasNoProse)
    #expect(document.notes.contains { $0.code == .noProse })
    #expect(document.metadata.municipality == "Gouda")
  }
}
