import CLibXML2
import Foundation
import Testing

@testable import PlanReading

/// The tree built from libxml2's SAX2 events (``LibXML2SAXTreeBuilder``) is
/// the tree libxml2's own document gave: names, namespaces, attributes, text,
/// entity references, lines and the order of same-named elements on a line,
/// also past line 65535, where libxml2 keeps lines in a way of its own.
@Suite struct XMLSAXTreeTests {
  /// The tree of `data` as libxml2's own document gives it (how the reader
  /// built it before it read SAX2 events), with the reader's options.
  static func libxml2Tree(_ data: Data) throws -> String {
    let parsed = try #require(LibXML2MemoryDocument.read(data))
    defer { xmlFreeDoc(parsed) }
    var builder = LibXML2TreeBuilder()
    return String(reflecting: builder.element(try #require(xmlDocGetRootElement(parsed))))
  }

  /// The tree the reader builds.
  static func saxTree(_ data: Data) throws -> String {
    String(reflecting: try LibXML2Parser.parse(data).root)
  }

  static func expectSameTree(_ xml: String) throws {
    let data = Data(xml.utf8)
    #expect(try saxTree(data) == libxml2Tree(data))
  }

  @Test func mixedContentAndNestedHeadings() throws {
    try Self.expectSameTree(
      """
      <?xml version="1.0"?>
      <doc><section><h1>Kop <b>vet</b> eind</h1>
        <p>a <i>b</i> c<br/>d</p>
        <section><h2>Sub</h2><p>diep</p></section>
      </section> tekst <p/><p>
      over regels</p></doc>
      """)
  }

  @Test func cdataCommentsAndInstructionsSplitNothingTheTreeKeeps() throws {
    try Self.expectSameTree(
      """
      <?xml version="1.0"?>
      <!-- voor --><?pi voor?>
      <doc><p>een<!-- c -->twee<?pi x?>drie<![CDATA[ <vier> & ]]>vijf</p>
      <p><![CDATA[]]></p><!-- na --></doc><!-- achter -->
      """)
  }

  @Test func namespacesAndAttributes() throws {
    try Self.expectSameTree(
      """
      <?xml version="1.0"?>
      <a:doc xmlns:a="urn:a" xmlns="urn:default" xml:lang="nl" a:x="1" y='2'>
        <p xmlns="" z="3">geen</p><a:p a:q="&lt;&amp;&#38;&#x20AC;&quot;">x</a:p>
        <b:onbekend b:attr="v" c:ook="w">prefix zonder namespace</b:onbekend>
        <p t="regel
      twee	tab">waarde</p>
      </a:doc>
      """)
  }

  @Test func entitiesStayReferences() throws {
    try Self.expectSameTree(
      """
      <?xml version="1.0"?>
      <!DOCTYPE doc [
        <!ENTITY e "tekst">
        <!ENTITY m "<b>opmaak</b> &e;">
        <!ATTLIST p vast CDATA "standaard" soort NMTOKEN #IMPLIED>
      ]>
      <doc><p soort="  a  " a="x &e; y &#38;&amp; z">&e;&m;&e; en &amp; &#233;</p><p>&m;</p></doc>
      """)
  }

  @Test func oneLineDocument() throws {
    let items = (1...300).map { "<p>p\($0)<b>b</b></p><b>\($0)</b>" }.joined()
    try Self.expectSameTree("<?xml version=\"1.0\"?><doc>\(items)</doc>")
  }

  @Test func encodings() throws {
    let body = "<doc a=\"é\"><p>Café “De Buurt” – €</p></doc>"
    var utf16 = Data([0xFF, 0xFE])
    for unit in ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + body).utf16 {
      utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
    }
    #expect(try Self.saxTree(utf16) == Self.libxml2Tree(utf16))
    let latin1 = try #require(
      ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<doc a=\"é\"><p>Café ü</p></doc>")
        .data(using: .isoLatin1))
    #expect(try Self.saxTree(latin1) == Self.libxml2Tree(latin1))
  }

  /// Past line 65535 libxml2 stores 65535 and finds an element's line in the
  /// text around it: the first child, the next or the previous sibling.
  @Test func linesPastTheSixteenBitLimit() throws {
    let filler = String(repeating: "<f/>\n", count: 65_530)
    let late = """
      <p><a/></p>
      <q>&e;<c/></q>
      <s><!-- c --><d>t</d></s>
      <u>
      tekst
      meer</u>
      <v><w/>&e;</v><v><w/>x</v>
      <x><y/><?pi?></x>
      <g><h><i><j><k/></j></i></h></g>
      <p>een</p><p>twee</p><p/>
      <m><![CDATA[
      ]]><n/></m>

      """
    try Self.expectSameTree(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE doc [<!ENTITY e \"x\">]>\n<doc>\n<p>vroeg</p>\n"
        + filler + String(repeating: late, count: 3) + "</doc>\n<!-- na -->\n")
  }

  /// Long runs of late siblings of every kind, where the builder settles
  /// most lines at once and lets go of the nodes in the middle of a run:
  /// empty elements (settled by their next sibling), entity references and
  /// comments first in an element, nesting, and the last child of each.
  @Test func longRunsPastTheLimit() throws {
    let filler = String(repeating: "<f/>\n", count: 65_532)
    let run =
      String(repeating: "<a>tekst</a>\n<b/>\n<c>&e;<d/></c><!-- c -->\n", count: 12)
      + String(repeating: "<e/>", count: 20) + "\n"
      + String(repeating: "<g><h/></g><i><?pi?></i>&e;", count: 15) + "\n"
      + "<k><l>een</l><l/><l>&e;</l><l><m/></l></k>\n"
    try Self.expectSameTree(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE doc [<!ENTITY e \"x\">]>\n<doc>\n"
        + filler + "<s>\n" + String(repeating: run, count: 4) + "</s>" + run + "<t/></doc>\n")
  }

  /// Random mixtures of late nodes (a fixed generator, so every run reads
  /// the same documents): elements empty, with text or nested, entity
  /// references, comments, instructions and line breaks in any order.
  @Test(arguments: [1, 2, 3, 4])
  func randomRunsPastTheLimit(seed: UInt64) throws {
    var state = seed &* 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var body = ""
    var open: [String] = []
    for _ in 0..<3_000 {
      switch next(10) {
      case 0: body += "<a>t</a>"
      case 1: body += "<b/>"
      case 2: body += "&e;"
      case 3: body += "<!--c-->"
      case 4: body += "<?pi x?>"
      case 5: body += "x"
      case 6: body += "\n"
      case 7 where open.count < 6:
        let name = ["c", "d", "a"][next(3)]
        open.append(name)
        body += "<\(name)>"
      case 8, 9:
        if let name = open.popLast() { body += "</\(name)>" }
      default: body += "\n<b/>"
      }
    }
    body += open.reversed().map { "</\($0)>" }.joined()
    try Self.expectSameTree(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE doc [<!ENTITY e \"x\">]>\n<doc>\n"
        + String(repeating: "<f/>\n", count: 65_520) + body + "</doc>\n")
  }

  /// The lines past 65535 cost the same per element however many there are.
  @Test func linesPastTheLimitAreLinear() throws {
    func work(_ lateLines: Int) throws -> Int {
      let xml =
        "<plan>\n" + String(repeating: "<f/>\n", count: 65_540)
        + String(repeating: "<alinea><b/>tekst</alinea>\n", count: lateLines) + "</plan>\n"
      let counter = WorkCounter()
      try WorkCounter.$current.withValue(counter) {
        _ = try XMLPlanReader.read(data: Data(xml.utf8), path: "plan.xml")
      }
      return counter.steps
    }
    let base = try work(0)
    let small = try work(2_000)
    let large = try work(4_000)
    #expect(large - base <= 2 * (small - base) + 1_000)
  }
}
