import Foundation
import PlanReading
import TestSupport
import Testing

@Suite struct HTMLReaderTests {}

extension HTMLReaderTests {
  static let savedPage = "html/nl-zwolle-holtenbroek-wijkactieplan-2025-zelfbeheer-buurthuis.html"

  static func read(_ html: String, path: String = "plan.html") throws -> PlanDocument {
    try PlanReader().read(data: Data(html.utf8), path: path)
  }

  /// A saved HTML5 page: only the main article is read; the cookie banner,
  /// navigation, header, search form, aside, footer and scripts are not.
  @Test func mainContentOfSavedPage() throws {
    let document = try PlanReader().read(fileAt: Fixtures.path(Self.savedPage))
    #expect(document.metadata.format == .html)
    let text = document.blocks.map(\.text).joined(separator: "\n")
    for absent in [
      "cookies", "Hoofdmenu", "Wonen en leven", "Zoeken", "Gerelateerd",
      "Bewoners beslissen mee over alles", "Postbus", "dataLayer", "querySelectorAll", "Kruimelpad",
      "Naar de inhoud",
    ] {
      #expect(!text.contains(absent), "\(absent)")
    }
    let first = try #require(document.blocks.first)
    #expect(first.kind == .heading && first.level == 1)
    #expect(first.location.elementPath?.hasPrefix("/html/body/div[2]/main/article/h1") == true)
  }

  /// The page's head gives the metadata (og:title, DC.creator, dcterms.date,
  /// DC.type, a front-matter-named meta tag, the html element's lang).
  @Test func metadataOfSavedPage() throws {
    let metadata = try PlanReader().read(fileAt: Fixtures.path(Self.savedPage)).metadata
    #expect(metadata.title == "Wijkactieplan Holtenbroek 2025–2028 – Holtenbroek doet het zelf")
    #expect(metadata.municipality == "Zwolle")
    #expect(metadata.year == 2025)
    #expect(metadata.kind == .wijkactieplan)
    #expect(metadata.area == "Holtenbroek")
    #expect(metadata.language == .nl)
    #expect(!metadata.languageDetected)
  }

  /// The plan viewer's toelichting: nested divs, headings by their number,
  /// the table of contents (all links) and the viewer's chrome left out,
  /// Windows-1252 as the meta tag declares, locations at the start tags.
  @Test func viewerToelichting() throws {
    let path = Fixtures.path("html/toelichting-viewer.html")
    let document = try PlanReader().read(fileAt: path)
    #expect(document.metadata.encoding == .windows1252)
    #expect(document.metadata.title == "Bestemmingsplan Hoogveld, herontwikkeling schoollocatie")
    #expect(document.metadata.municipality == "Deventer")
    #expect(document.metadata.kind == .bestemmingsplan)
    #expect(document.metadata.date == "2024-06-18")
    let headings = document.blocks.filter { $0.kind == .heading }.map {
      BlockSummary($0.kind, $0.level, $0.text, $0.headingPath, line: 0)
    }
    #expect(
      headings == [
        BlockSummary(.heading, 1, "Toelichting", [], line: 0),
        BlockSummary(.heading, 2, "1 Inleiding", ["Toelichting"], line: 0),
        BlockSummary(.heading, 3, "1.1 Aanleiding", ["Toelichting", "1 Inleiding"], line: 0),
        BlockSummary(.heading, 2, "2 Participatie", ["Toelichting"], line: 0),
        BlockSummary(
          .heading, 3, "2.1 Vooroverleg en inspraak", ["Toelichting", "2 Participatie"], line: 0),
        BlockSummary(
          .heading, 3, "2.2 Klankbordgroep", ["Toelichting", "2 Participatie"], line: 0),
        BlockSummary(.heading, 2, "3 Uitvoerbaarheid", ["Toelichting"], line: 0),
      ])
    let text = document.blocks.map(\.text).joined(separator: "\n")
    #expect(text.contains("Een café op de hoek blijft behouden."))
    #expect(
      !text.contains("cookies") && !text.contains("Zoeken") && !text.contains("Rijksoverheid"))
    #expect(!text.contains("laadPlan"))
    #expect(document.blocks.filter { $0.kind == .listItem }.count == 2)
    #expect(
      document.blocks.filter { $0.kind == .tableCell }.map(\.text).prefix(2) == [
        "Overleg", "Datum",
      ])
    let source = Windows1252Source.text(of: path)
    let klankbord = try #require(document.blocks.first { $0.text.hasPrefix("Een klankbordgroep") })
    let expected = try #require(XMLTestSupport.position(of: "<p>Een klankbordgroep", in: source))
    #expect(klankbord.location.line == expected.line)
    #expect(klankbord.location.column == expected.column)
  }
}

// MARK: - Finding the main content

extension HTMLReaderTests {
  /// Without main or article, the densest block wins: a menu of links and a
  /// short sidebar are left out, every section of the content is kept.
  @Test func densestBlock() throws {
    let document = try Self.read(
      """
      <!doctype html>
      <html><body>
      <div class="top"><a href="/">Home</a> <a href="/a">Een heel lange menutekst met veel woorden</a></div>
      <div class="wrap">
        <div class="side"><p>Kort.</p></div>
        <div class="content">
          <div><h2>Eerste deel</h2><p>Bewoners praten mee over de inrichting van het plein, in drie avonden.</p></div>
          <div><h2>Tweede deel</h2><p>De gemeente legt in een verslag vast wat er met de inbreng is gedaan.</p></div>
        </div>
      </div>
      </body></html>
      """)
    #expect(
      document.blocks.map(\.text) == [
        "Eerste deel", "Bewoners praten mee over de inrichting van het plein, in drie avonden.",
        "Tweede deel", "De gemeente legt in een verslag vast wat er met de inbreng is gedaan.",
      ])
    #expect(document.blocks[3].headingPath == ["Tweede deel"])
  }

  /// `article` is used when there is no `main`, `[role=main]` when there is
  /// neither; `main` wins over both.
  @Test func mainArticleRole() throws {
    let page = { (body: String) in "<!DOCTYPE html><html><body>\(body)</body></html>" }
    let article = try Self.read(page("<p>Buiten.</p><article><p>Binnen.</p></article>"))
    #expect(article.blocks.map(\.text) == ["Binnen."])
    let role = try Self.read(page("<p>Buiten.</p><div role=\"main\"><p>Binnen.</p></div>"))
    #expect(role.blocks.map(\.text) == ["Binnen."])
    let main = try Self.read(page("<article><p>Artikel.</p></article><main><p>Hoofd.</p></main>"))
    #expect(main.blocks.map(\.text) == ["Hoofd."])
  }

  /// An article's own header (its title) is read; the site's header is not.
  @Test func articleHeader() throws {
    let document = try Self.read(
      """
      <!DOCTYPE html><html><body><header><p>Gemeente Zwolle</p></header>
      <article><header><h1>Wijkplan De Esch</h1><p class="meta">3 maart 2026</p></header>
      <p>Bewoners praten mee.</p><footer><p>Deel dit bericht</p></footer></article>
      </body></html>
      """)
    #expect(
      document.blocks.map(\.text) == ["Wijkplan De Esch", "3 maart 2026", "Bewoners praten mee."])
    #expect(document.blocks[2].headingPath == ["Wijkplan De Esch"])
  }

  /// Without creator tags, "gemeente X" in the page title names the
  /// municipality when X is a known one; a charset the reader does not know
  /// is noted.
  @Test func municipalityFromTitle() throws {
    let document = try Self.read(
      """
      <!DOCTYPE html><html><head><meta charset="x-unknown-charset">
      <title>Wijkvisie Gageldonk | Gemeente Bergen op Zoom</title></head>
      <body><main><p>Tekst.</p></main></body></html>
      """)
    #expect(document.metadata.title == "Wijkvisie Gageldonk")
    #expect(document.metadata.municipality == "Bergen op Zoom")
    #expect(document.notes.contains { $0.message.contains("\"x-unknown-charset\"") })
  }

  /// A `div` with `role="heading"` is a heading of its `aria-level`.
  @Test func ariaHeadings() throws {
    let document = try Self.read(
      """
      <!DOCTYPE html><html><body><main>
      <div role="heading" aria-level="1">Toelichting</div>
      <div role="heading" aria-level="2">1 Participatie</div><div>Omwonenden praten mee.</div>
      </main></body></html>
      """)
    #expect(document.blocks.map(\.level) == [1, 2, nil])
    #expect(document.blocks[2].headingPath == ["Toelichting", "1 Participatie"])
  }

  /// Cookie and consent banners, hidden elements, templates and forms inside
  /// the main content are left out too.
  @Test func boilerplateInsideMain() throws {
    let document = try Self.read(
      """
      <!DOCTYPE html><html><body><main>
      <div class="consent-overlay"><p>Wij gebruiken cookies.</p></div>
      <section id="top-banner"><p>Nieuwsbrief!</p></section>
      <p hidden>Verborgen.</p><template><p>Sjabloon.</p></template>
      <form><p>Uw reactie</p><textarea>tekst</textarea></form>
      <noscript><p>Zet JavaScript aan.</p></noscript>
      <p>Het plan.</p>
      </main></body></html>
      """)
    #expect(document.blocks.map(\.text) == ["Het plan."])
  }

  /// Real-world HTML5 that is not XML reads without error: unclosed `p` and
  /// `li`, void elements, bare `&`, attributes without quotes, upper case.
  @Test func forgivingParser() throws {
    let document = try Self.read(
      """
      <!-- opgeslagen pagina -->
      <!DOCTYPE HTML>
      <HTML lang=nl><BODY><MAIN>
      <H1>Wijkplan</H1>
      <P>Bewoners & ondernemers praten mee.<br>Op twee avonden.
      <P>Daarna:
      <UL><LI>een verslag<LI>een besluit</UL>
      </MAIN></BODY></HTML>
      """)
    #expect(document.metadata.format == .html)
    #expect(
      document.blocks.map(\.text) == [
        "Wijkplan", "Bewoners & ondernemers praten mee. Op twee avonden.", "Daarna:",
        "een verslag", "een besluit",
      ])
    #expect(
      document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .listItem, .listItem])
    #expect(document.blocks[1].location.line == 5)
  }
}

// MARK: - Charset

extension HTMLReaderTests {
  /// The charset comes from the BOM, then the meta tag, else UTF-8 with a
  /// Windows-1252 fallback.
  @Test func charsets() throws {
    let body = "<body><main><p>Café Ç’est</p></main></body></html>"
    let declared = Windows1252Source.encode(
      "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"></head>" + body)
    let fromMeta = try PlanReader().read(data: declared, path: "a.html")
    #expect(fromMeta.blocks.map(\.text) == ["Café Ç’est"])
    #expect(fromMeta.metadata.encoding == .windows1252)
    #expect(!fromMeta.notes.contains { $0.code == .encodingFallback })

    let undeclared = Windows1252Source.encode("<!DOCTYPE html><html>" + body)
    let fallback = try PlanReader().read(data: undeclared, path: "b.html")
    #expect(fallback.blocks.map(\.text) == ["Café Ç’est"])
    #expect(fallback.notes.contains { $0.code == .encodingFallback })

    let utf8 = try Self.read("<!DOCTYPE html><html>" + body)
    #expect(utf8.metadata.encoding == .utf8)
    #expect(utf8.blocks.map(\.text) == ["Café Ç’est"])

    // A BOM wins over a meta tag that says otherwise.
    let bom =
      Data([0xEF, 0xBB, 0xBF])
      + Data(
        ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" "
          + "content=\"text/html; charset=iso-8859-1\"></head>" + body).utf8)
    let withBOM = try PlanReader().read(data: bom, path: "c.html")
    #expect(withBOM.metadata.encoding == .utf8BOM)
    #expect(withBOM.blocks.map(\.text) == ["Café Ç’est"])

    // UTF-16 with a BOM, as some Windows tools save pages.
    var utf16 = Data([0xFF, 0xFE])
    for unit in ("<!DOCTYPE html><html>" + body).utf16 {
      utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
    }
    let wide = try PlanReader().read(data: utf16, path: "d.htm")
    #expect(wide.metadata.format == .html)
    #expect(wide.metadata.encoding == .utf16LE)
    #expect(wide.blocks.map(\.text) == ["Café Ç’est"])
  }

  /// An `.html` file that is only a fragment (no doctype, no `<html>`) is
  /// read as HTML when it is not well-formed XML.
  @Test func fragment() throws {
    let document = try Self.read("<p>Bewoners praten mee.<p>Twee avonden.", path: "stuk.html")
    #expect(document.metadata.format == .html)
    #expect(document.blocks.map(\.text) == ["Bewoners praten mee.", "Twee avonden."])
  }

  /// A page with only a doctype reads as an empty document, with the note
  /// that there is no prose.
  @Test func emptyPage() throws {
    let document = try Self.read("<!DOCTYPE html>\n")
    #expect(document.blocks.isEmpty)
    #expect(document.notes.contains { $0.code == .noProse })
  }

  /// XHTML with an XML declaration stays XML.
  @Test func xhtmlIsXML() throws {
    let document = try Self.read(
      "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Tekst.</p></body></html>",
      path: "plan.xhtml")
    #expect(document.metadata.format == .genericXML)
  }
}

/// Windows-1252 text for the charset tests.
enum Windows1252Source {
  /// The text as Windows-1252 bytes (the characters used here only).
  static func encode(_ text: String) -> Data {
    let special: [Character: UInt8] = ["é": 0xE9, "Ç": 0xC7, "’": 0x92, "€": 0x80, "©": 0xA9]
    return Data(text.map { special[$0] ?? $0.asciiValue ?? 0x3F })
  }

  /// A Windows-1252 file decoded, for finding positions.
  static func text(of path: String) -> String {
    String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
  }
}
