import Foundation
import Testing

@testable import PlanReading

@Suite struct STOPReaderTests {
  static let fixture = "stop-omgevingsplan-noordhoven.xml"
  static let opschrift = "Besluit tot vaststelling van het omgevingsplan Noordhoven"
}

// MARK: - Text

extension STOPReaderTests {
  /// Every heading and paragraph of a STOP delivery comes out in reading
  /// order, with "Label Nummer Opschrift" headings and levels from nesting.
  @Test func readsEveryBlockInOrder() throws {
    let document = try XMLTestSupport.fixture(Self.fixture)
    #expect(
      document.outline == [
        "h1 \(Self.opschrift)",
        "p De raad van de gemeente Utrecht;",
        "p besluit:",
        "h2 Artikel I",
        "p Het omgevingsplan wordt vastgesteld zoals opgenomen in Bijlage A.",
        "h2 Bijlage A",
        "h3 Omgevingsplan Noordhoven",
        "h4 Hoofdstuk 1 Algemene bepalingen",
        "h5 Artikel 1.1 Begripsbepalingen",
        "p In dit plan wordt verstaan onder:",
        "li bewonersoverleg: periodiek overleg tussen de gemeente en bewoners van de wijk;",
        "li wijkbudget: geld waarover bewoners samen beslissen.",
        "h5 Artikel 1.2 Participatie",
        "p 1. Bij een aanvraag wordt beschreven hoe bewoners zijn betrokken.",
        "p 2. Het college organiseert ten minste:",
        "li a. een informatieavond;",
        "li b. een wijkatelier met bewoners.",
        "h4 Hoofdstuk 2 Uitvoering",
        "h5 Artikel 2.1 Wijkbudget",
        "p Het wijkbudget bedraagt per jaar:",
        "p 1 Bedragen exclusief btw.",
        "td Jaar", "td Bedrag", "td 2025", "td € 50.000",
        "h6 Verantwoording",
        "p Bewoners leggen jaarlijks verantwoording af in een openbare bijeenkomst.",
        "p Kaart van de wijk Noordhoven",
        "h4 Bijlage I Overzicht Informatieobjecten",
        "li Noordhoven",
      ])
  }

  /// Heading paths hold the titles above a block, outermost first; a
  /// `Tussenkop` nests under its article and a new chapter replaces the old one.
  @Test func headingPathsFollowNesting() throws {
    let document = try XMLTestSupport.fixture(Self.fixture)
    let plan = [Self.opschrift, "Bijlage A", "Omgevingsplan Noordhoven"]
    let item = try #require(document.block(startingWith: "b. een wijkatelier"))
    #expect(
      item.headingPath == plan + ["Hoofdstuk 1 Algemene bepalingen", "Artikel 1.2 Participatie"])
    let chapter = try #require(document.block(startingWith: "Hoofdstuk 2"))
    #expect(chapter.headingPath == plan)
    let caption = try #require(document.block(startingWith: "Kaart van de wijk"))
    #expect(
      caption.headingPath
        == plan + ["Hoofdstuk 2 Uitvoering", "Artikel 2.1 Wijkbudget", "Verantwoording"])
    let aanhef = try #require(document.block(startingWith: "besluit:"))
    #expect(aanhef.headingPath == [Self.opschrift])
  }

  /// Element paths use local names whatever the prefix, with an index only
  /// among same-named siblings; prefixed and unprefixed `Artikel`s count together.
  @Test func elementPathsIgnorePrefixes() throws {
    let document = try XMLTestSupport.fixture(Self.fixture)
    let item = try #require(document.block(startingWith: "b. een wijkatelier"))
    #expect(
      item.location.elementPath
        == "/AanleveringBesluit/BesluitVersie/BesluitCompact/WijzigBijlage/RegelingCompact"
        + "/Lichaam/Hoofdstuk[1]/Artikel[2]/Lid[2]/Lijst/Li[2]/Al")
    let wat = try #require(document.block(startingWith: "Het omgevingsplan wordt"))
    #expect(
      wat.location.elementPath
        == "/AanleveringBesluit/BesluitVersie/BesluitCompact/Lichaam/WijzigArtikel/Wat")
  }

  /// Locations point at the element's `<` in the source, also for a `Kop`
  /// whose parts span several lines.
  @Test func locationsPointAtTheSource() throws {
    let source = try XMLTestSupport.source(Self.fixture)
    let document = try XMLTestSupport.fixture(Self.fixture)
    let item = try #require(document.block(startingWith: "b. een wijkatelier"))
    let itemPosition = try #require(
      XMLTestSupport.position(of: "<tekst:Al>een <tekst:Nadruk", in: source))
    #expect(item.location.line == itemPosition.line)
    #expect(item.location.column == itemPosition.column)
    let heading = try #require(document.block(startingWith: "Artikel 1.1"))
    let kop = try #require(
      XMLTestSupport.position(of: "<Kop>", after: "chp_1__art_1.1\">", in: source))
    #expect(heading.location.line == kop.line)
    #expect(heading.location.column == kop.column)
  }

  /// Metadata, identifiers, `ExtIoRef` and GML are never read as plan text.
  @Test func leavesOutMetadataAndGeometry() throws {
    let document = try XMLTestSupport.fixture(Self.fixture)
    let text = document.blocks.map(\.text).joined(separator: "\n")
    for absent in ["/akn/", "/join/id/", "/tooi/", "2024-04-01", "Geometrie", "art_I"] {
      #expect(!text.contains(absent), "\(absent) leaked into the text")
    }
  }
}

// MARK: - Metadata

extension STOPReaderTests {
  /// Title, municipality (resolved from the gm code), date, kind and language
  /// come from the STOP metadata.
  @Test func readsMetadata() throws {
    let metadata = try XMLTestSupport.fixture(Self.fixture).metadata
    #expect(metadata.title == "Omgevingsplan Noordhoven")
    #expect(metadata.municipalityCode == "gm0344")
    #expect(metadata.municipality == "Utrecht")
    #expect(metadata.date == "2024-03-15")
    #expect(metadata.year == 2024)
    #expect(metadata.kind == .omgevingsplan)
    #expect(metadata.language == .nl)
    #expect(!metadata.languageDetected)
    #expect(metadata.format == .stopXML)
  }

  /// Without `bekendOp`, the latest `voltooidOp` is the date; a provincie as
  /// maker leaves the municipality empty.
  @Test func dateFallsBackToLatestStepAndProvincieHasNoMunicipality() throws {
    let document = try XMLTestSupport.read(
      """
      <AanleveringBesluit xmlns="https://standaarden.overheid.nl/lvbb/stop/aanlevering/"
          xmlns:data="https://standaarden.overheid.nl/stop/imop/data/">
        <BesluitVersie>
          <data:BesluitMetadata><data:maker>/tooi/id/provincie/pv26</data:maker>
            <data:officieleTitel>Omgevingsvisie provincie</data:officieleTitel></data:BesluitMetadata>
          <data:Procedureverloop><data:procedurestappen>
            <data:Procedurestap><data:voltooidOp>2023-05-02</data:voltooidOp></data:Procedurestap>
            <data:Procedurestap><data:voltooidOp>2023-06-30</data:voltooidOp></data:Procedurestap>
          </data:procedurestappen></data:Procedureverloop>
        </BesluitVersie>
      </AanleveringBesluit>
      """)
    #expect(document.metadata.date == "2023-06-30")
    #expect(document.metadata.municipality == nil)
    #expect(document.metadata.municipalityCode == nil)
    #expect(document.metadata.kind == .omgevingsvisie)
  }

  /// STOP `soortRegeling` codes map to document kinds.
  @Test(arguments: [
    ("/join/id/stop/regelingtype_003", DocumentKind.omgevingsplan),
    ("/join/id/stop/regelingtype_006", .omgevingsvisie),
    ("/join/id/stop/regelingtype_010", .programma),
    ("/join/id/stop/regelingtype_004", .verordening),
  ])
  func regelingTypeGivesKind(code: String, kind: DocumentKind) {
    #expect(STOPMetadataReader.kind(forRegelingType: code) == kind)
  }

  /// The pre-1.0 IMOP namespace reads with the same rules, metadata included.
  @Test func readsLegacyIMOPNamespace() throws {
    let document = try XMLTestSupport.fixture("imop-legacy-wijkraden.xml")
    #expect(document.metadata.format == .stopXML)
    #expect(document.metadata.title == "Verordening wijkraden Amsterdam-Oost")
    #expect(document.metadata.municipality == "Amsterdam")
    #expect(document.metadata.kind == .verordening)
    #expect(
      document.outline == [
        "h1 Verordening wijkraden Amsterdam-Oost",
        "h2 Artikel 1 Instelling",
        "p 1. Er is voor elke wijk een wijkraad.",
        "p 2. De wijkraad adviseert gevraagd en ongevraagd.",
        "h2 Artikel 2 Samenstelling",
        "p Iedere bewoner van de wijk kan zich kandidaat stellen.",
      ])
  }

  /// A bare `RegelingVrijetekst` root is recognised as STOP.
  @Test func bareRegelingVrijetekstIsSTOP() throws {
    let document = try XMLTestSupport.read(
      """
      <RegelingVrijetekst xmlns="https://standaarden.overheid.nl/stop/imop/tekst/">
        <Lichaam><Divisie><Kop><Opschrift>Inleiding</Opschrift></Kop>
          <Divisietekst><Inhoud><Al>Samen met de wijk.</Al></Inhoud></Divisietekst>
        </Divisie></Lichaam>
      </RegelingVrijetekst>
      """)
    #expect(document.metadata.format == .stopXML)
    #expect(document.outline == ["h1 Inleiding", "p Samen met de wijk."])
    #expect(document.blocks[1].headingPath == ["Inleiding"])
  }
}
