import Foundation
import Testing

@testable import PlanReading

@Suite struct XMLScorecardPlanTests {}

extension XMLScorecardPlanTests {
  /// The plan schema reads sections, headings (level = nesting), paragraphs,
  /// list items and table cells in order; the title is metadata, not a block.
  @Test func readsPlanInOrder() throws {
    let document = try XMLTestSupport.fixture("plan-overvecht.xml")
    #expect(
      document.outline == [
        "h1 Hoe dit plan tot stand kwam",
        "p Bewoners schreven dit plan in drie wijkavonden mee.",
        "li Wijkavond over groen",
        "li Wijkavond over veiligheid",
        "h2 Wat bewoners vroegen",
        "p Meer speelplekken en een buurthuis.",
        "h1 Geld",
        "td Project", "td Budget", "td Speeltuin", "td € 30.000",
      ])
    let nested = try #require(document.block(startingWith: "Meer speelplekken"))
    #expect(nested.headingPath == ["Hoe dit plan tot stand kwam", "Wat bewoners vroegen"])
    #expect(nested.location.elementPath == "/plan/sectie[1]/sectie/alinea")
    let cell = try #require(document.block(startingWith: "Speeltuin"))
    #expect(cell.headingPath == ["Geld"])
    #expect(cell.location.elementPath == "/plan/sectie[2]/tabel/rij[2]/cel[1]")
  }

  /// The root's Dutch attributes and the `titel` fill the metadata.
  @Test func readsDutchAttributes() throws {
    let metadata = try XMLTestSupport.fixture("plan-overvecht.xml").metadata
    #expect(metadata.title == "Wijkactieplan Overvecht 2025")
    #expect(metadata.municipality == "Utrecht")
    #expect(metadata.municipalityCode == "gm0344")
    #expect(metadata.area == "Overvecht")
    #expect(metadata.year == 2025)
    #expect(metadata.date == "2025-01-20")
    #expect(metadata.kind == .wijkactieplan)
    #expect(metadata.language == .nl)
    #expect(!metadata.languageDetected)
    #expect(metadata.format == .scorecardXML)
  }

  /// English element and attribute names work without the namespace; a code
  /// alone resolves to the municipality's name.
  @Test func readsEnglishAliasesWithoutNamespace() throws {
    let document = try XMLTestSupport.read(
      """
      <plan gemeentecode="GM0297" area="Centrum" year="2024" kind="Neighbourhood plan" lang="en">
        <title>Action plan</title>
        <section><heading>How we worked</heading>
          <paragraph>Residents <i>chose</i> the projects.</paragraph>
          <list><item>Playground</item></list>
          <table><row><cell>Budget</cell></row></table>
        </section>
      </plan>
      """)
    #expect(
      document.outline == [
        "h1 How we worked", "p Residents chose the projects.", "li Playground", "td Budget",
      ])
    #expect(document.metadata.title == "Action plan")
    #expect(document.metadata.municipality == "Zaltbommel")
    #expect(document.metadata.municipalityCode == "gm0297")
    #expect(document.metadata.area == "Centrum")
    #expect(document.metadata.kind == .wijkactieplan)
    #expect(document.metadata.language == .en)
  }

  /// A test code such as `gm9999` is kept, but gets no name.
  @Test func unknownCodeKeepsCodeWithoutName() throws {
    let document = try XMLTestSupport.read(
      "<plan gemeentecode=\"gm9999\"><sectie><kop>K</kop><alinea>Tekst.</alinea></sectie></plan>")
    #expect(document.metadata.municipalityCode == "gm9999")
    #expect(document.metadata.municipality == nil)
  }

  /// A `plan` root in another namespace is not the project's schema.
  @Test func foreignPlanRootIsGeneric() throws {
    let document = try XMLTestSupport.read(
      "<plan xmlns=\"urn:example:other\"><p>Tekst.</p></plan>")
    #expect(document.metadata.format == .genericXML)
  }
}
