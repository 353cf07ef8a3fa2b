import Foundation
import Testing

@testable import PlanReading

@Suite struct XMLGenericReaderTests {}

// MARK: - XHTML

extension XMLGenericReaderTests {
  /// An XHTML page reads headings, paragraphs, list items and cells in order;
  /// head, script, style and navigation are left out; inline markup joins
  /// its paragraph and `<br/>` keeps words apart.
  @Test func readsXHTMLInOrder() throws {
    let document = try XMLTestSupport.fixture("xhtml-wijkplan.xml")
    #expect(
      document.outline == [
        "h1 Wijkplan De Akkers",
        "p Dit plan is samen met bewoners geschreven.",
        "h2 Wat wij gaan doen",
        "li Een buurtmoestuin aanleggen",
        "li Het speelveld opknappen",
        "p Losse tekst in een div.",
        "h2 Geld",
        "td Project", "td Budget", "td Moestuin", "td € 5.000",
        "p Vragen? Mail de wijkcoördinator.",
      ])
    let item = try #require(document.block(startingWith: "Het speelveld"))
    #expect(item.headingPath == ["Wijkplan De Akkers", "Wat wij gaan doen"])
    #expect(item.location.elementPath == "/html/body/div/ul/li[2]/p")
  }

  /// The XHTML title and `xml:lang` become metadata.
  @Test func readsXHTMLMetadata() throws {
    let metadata = try XMLTestSupport.fixture("xhtml-wijkplan.xml").metadata
    #expect(metadata.title == "Wijkplan De Akkers 2025")
    #expect(metadata.language == .nl)
    #expect(metadata.kind == .wijkactieplan)
    #expect(metadata.format == .genericXML)
  }
}

// MARK: - Any XML

extension XMLGenericReaderTests {
  /// Any element holding text of its own becomes a paragraph; text around a
  /// nested block splits into separate paragraphs.
  @Test func directTextBecomesParagraphs() throws {
    let document = try XMLTestSupport.read(
      """
      <rapport>
        <samenvatting>Bewoners praten mee.</samenvatting>
        <deel>Inleiding <p>Midden.</p> Slot.</deel>
      </rapport>
      """)
    #expect(document.outline == ["p Bewoners praten mee.", "p Inleiding", "p Midden.", "p Slot."])
    #expect(document.blocks[0].location.elementPath == "/rapport/samenvatting")
  }

  /// Headings nest by section (`sectie`, a titled `div`), with paths and
  /// levels; leaving a section drops its heading from the path.
  @Test func sectionsNestHeadings() throws {
    let document = try XMLTestSupport.read(
      """
      <doc>
        <sectie><titel>Een</titel>
          <div><head>Een punt een</head><al>Tekst A.</al></div>
          <al>Tekst B.</al>
        </sectie>
        <al>Tekst C.</al>
      </doc>
      """)
    #expect(
      document.outline == ["h1 Een", "h2 Een punt een", "p Tekst A.", "p Tekst B.", "p Tekst C."])
    #expect(document.blocks[2].headingPath == ["Een", "Een punt een"])
    #expect(document.blocks[3].headingPath == ["Een"])
    #expect(document.blocks[4].headingPath == [])
  }

  /// Two same-named elements on one line get their own columns.
  @Test func columnsOnOneLine() throws {
    let document = try XMLTestSupport.read("<doc><al>een</al><al>twee</al></doc>")
    #expect(document.blocks.map(\.location.column) == [6, 18])
    #expect(document.blocks.map(\.location.elementPath) == ["/doc/al[1]", "/doc/al[2]"])
  }

  /// A start tag over several lines is located where it begins.
  @Test func multiLineStartTagLocatedAtItsStart() throws {
    let document = try XMLTestSupport.read("<doc>\n  <al\n    id=\"x\">tekst</al>\n</doc>")
    let block = try #require(document.blocks.first)
    #expect(block.location.line == 2)
    #expect(block.location.column == 3)
  }

  /// Footnotes become paragraphs after the block they sit in.
  @Test func footnotesFollowTheirBlock() throws {
    let document = try XMLTestSupport.read(
      "<doc><p>Zin met noot<footnote><p>De noot.</p></footnote> en meer.</p><p>Volgende.</p></doc>")
    #expect(document.outline == ["p Zin met noot en meer.", "p De noot.", "p Volgende."])
  }
}
