import Foundation
import Testing

@testable import PlanReading

@Suite struct OfficielePublicatieReaderTests {
  static let gemeenteblad = "gemeenteblad-participatieverordening.xml"
}

extension OfficielePublicatieReaderTests {
  /// A Gemeenteblad regulation reads in order: aanhef, chapters and articles
  /// with "label nr titel" headings, list items with their numbers, members
  /// (`lid`), table cells, closing formula, signature and explanation; the
  /// masthead is left out.
  @Test func readsGemeentebladInOrder() throws {
    let document = try XMLTestSupport.fixture(Self.gemeenteblad)
    #expect(
      document.outline == [
        "p De raad van de gemeente Zaltbommel;",
        "p overwegende dat inwoners vroeg bij nieuw beleid betrokken willen worden;",
        "p besluit vast te stellen de volgende verordening:",
        "h1 Hoofdstuk 1 Algemene bepalingen",
        "h2 Artikel 1 Begripsbepalingen",
        "p In deze verordening wordt verstaan onder:",
        "li a. participatie: het betrekken van inwoners bij beleid;",
        "li b. uitdaagrecht: het recht van inwoners om een taak over te nemen.",
        "h2 Artikel 2 Reikwijdte",
        "p 1 Deze verordening geldt voor alle beleid van de gemeente.",
        "p 2 Het college legt elk jaar verantwoording af.",
        "p 1 Zie ook de jaarrekening.",
        "h1 Hoofdstuk 2 Budget",
        "h2 Artikel 3 Wijkbudget",
        "h3 Verdeling",
        "td Wijk", "td Budget", "td Centrum", "td € 20.000",
        "p Aldus vastgesteld in de openbare raadsvergadering van 10 juni 2024.",
        "p De griffier,",
        "p De voorzitter,",
        "h1 Toelichting",
        "p Met deze verordening krijgen inwoners meer invloed.",
      ])
    #expect(!document.blocks.contains { $0.text.contains("GEMEENTEBLAD") })
  }

  /// Heading paths and element paths follow the publication's structure.
  @Test func pathsFollowStructure() throws {
    let document = try XMLTestSupport.fixture(Self.gemeenteblad)
    let member = try #require(document.block(startingWith: "2 Het college"))
    #expect(member.headingPath == ["Hoofdstuk 1 Algemene bepalingen", "Artikel 2 Reikwijdte"])
    #expect(
      member.location.elementPath
        == "/officiele-publicatie/gemeenteblad/regeling/regeling-tekst/hoofdstuk[1]"
        + "/artikel[2]/lid[2]/al")
    let cell = try #require(document.block(startingWith: "Centrum"))
    #expect(cell.headingPath.last == "Verdeling")
    #expect(cell.kind == .tableCell)
  }

  /// Title, municipality (with its code), date, kind and language come from
  /// the `meta` elements.
  @Test func readsMetaElements() throws {
    let metadata = try XMLTestSupport.fixture(Self.gemeenteblad).metadata
    #expect(metadata.title == "Participatieverordening Zaltbommel 2024")
    #expect(metadata.municipality == "Zaltbommel")
    #expect(metadata.municipalityCode == "gm0297")
    #expect(metadata.date == "2024-06-12")
    #expect(metadata.kind == .verordening)
    #expect(metadata.language == .nl)
    #expect(metadata.format == .officielePublicatieXML)
  }

  /// A CVDR regulation reads its Dublin Core metadata and its body.
  @Test func readsCVDR() throws {
    let document = try XMLTestSupport.fixture("cvdr-buurtbudget-utrecht.xml")
    #expect(document.metadata.title == "Regeling buurtbudgetten Utrecht 2023")
    #expect(document.metadata.municipality == "Utrecht")
    #expect(document.metadata.municipalityCode == "gm0344")
    #expect(document.metadata.date == "2023-03-30")
    #expect(document.metadata.kind == .verordening)
    #expect(
      document.outline == [
        "p Het college van burgemeester en wethouders van Utrecht besluit:",
        "h1 Artikel 1 Buurtbudget",
        "p Bewoners beslissen samen over de besteding van het buurtbudget.",
      ])
  }

  /// Without a gemeente creator, the masthead names the municipality; `wie`
  /// and `considerans` read as prose in a Staatscourant text.
  @Test func mastheadNamesMunicipality() throws {
    let document = try XMLTestSupport.read(
      """
      <officiele-publicatie>
        <metadata><meta name="DC.title" content="Besluit wijkbudget"/></metadata>
        <kop><titel>GEMEENTEBLAD</titel><subtitel>Officiële uitgave van de gemeente Best.</subtitel></kop>
        <gemeenteblad><regeling><aanhef>
          <wie>Burgemeester en wethouders van Best;</wie>
          <considerans><considerans.al>gelet op de wens van bewoners;</considerans.al></considerans>
        </aanhef></regeling></gemeenteblad>
      </officiele-publicatie>
      """)
    #expect(document.metadata.municipality == "Best")
    #expect(document.metadata.municipalityCode == "gm0753")
    #expect(
      document.outline == [
        "p Burgemeester en wethouders van Best;", "p gelet op de wens van bewoners;",
      ])
  }

  /// A bare authority name that is a municipality's counts; the same name
  /// with a provincie scheme does not.
  @Test func bareAuthorityNameIsAMunicipality() throws {
    func read(_ scheme: String) throws -> PlanDocument {
      try XMLTestSupport.read(
        """
        <officiele-publicatie><metadata>
          <meta name="OVERHEID.authority" scheme="\(scheme)" content="Utrecht"/>
        </metadata><gemeenteblad><al>Tekst.</al></gemeenteblad></officiele-publicatie>
        """)
    }
    #expect(try read("").metadata.municipalityCode == "gm0344")
    #expect(try read("OVERHEID.Provincie").metadata.municipality == nil)
  }

  /// A creator that is not a gemeente (a ministry) is not a municipality.
  @Test func ministryIsNoMunicipality() throws {
    let document = try XMLTestSupport.read(
      """
      <officiele-publicatie>
        <metadata>
          <meta name="DC.creator" scheme="OVERHEID.Ministerie" content="Ministerie van BZK"/>
          <meta name="OVERHEIDop.publicationName" content="Staatscourant"/>
        </metadata>
        <staatscourant><vrije-tekst><tekst><al>Een mededeling.</al></tekst></vrije-tekst></staatscourant>
      </officiele-publicatie>
      """)
    #expect(document.metadata.municipality == nil)
    #expect(document.outline == ["p Een mededeling."])
  }
}
