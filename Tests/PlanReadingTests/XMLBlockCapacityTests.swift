import Foundation
import TestSupport
import Testing

@testable import PlanReading

/// The walker makes room for ``XMLDocumentTree/textCount`` blocks at once:
/// that count is never below the number of blocks made, so the array of a
/// huge plan is not grown (and held twice while copied) on the way.
@Suite struct XMLBlockCapacityTests {
  static func counts(_ data: Data) throws -> (textCount: Int, blocks: Int) {
    let document = try LibXML2Parser.parse(data)
    let textCount = document.textCount
    let reading = XMLSchemaDetector.schema(of: document.root).reader.read(
      document, locator: SourceColumnLocator(xml: data, encoding: XMLSourceEncoding(sniffing: data)))
    return (textCount, reading.blocks.count)
  }

  @Test(arguments: [
    "cvdr-buurtbudget-utrecht.xml", "gemeenteblad-participatieverordening.xml",
    "imop-legacy-wijkraden.xml", "plan-overvecht.xml", "stop-omgevingsplan-noordhoven.xml",
    "xhtml-wijkplan.xml",
  ])
  func everyXMLFixtureHasRoomForItsBlocks(name: String) throws {
    let (textCount, blocks) = try Self.counts(try Data(contentsOf: Fixtures.url("xml/" + name)))
    #expect(blocks > 0)
    #expect(textCount >= blocks)
  }

  /// Notes, prefixes, definitions, figure captions, a heading split by a
  /// note, text between blocks, white space and entity references alone.
  @Test func mixedContentHasRoomForItsBlocks() throws {
    let xml = """
      <!DOCTYPE doc [<!ENTITY e "x">]>
      <doc><div><title>Kop <note>n</note> eind</title> intro <p>a <i>b</i> c<br/>d<note>n2</note></p>
      uit &e; </div><section><h2>Sub</h2><p>diep</p><p>  </p><p>&e;</p>
      <li><li.nr>1.</li.nr>een</li><begrip><term>T</term><definitie>D</definitie></begrip>
      <figuur><titel>F</titel><bijschrift>B</bijschrift></figuur></section> staart</doc>
      """
    let (textCount, blocks) = try Self.counts(Data(xml.utf8))
    #expect(blocks > 5)
    #expect(textCount >= blocks)
  }

  /// White space between elements is not counted.
  @Test func whiteSpaceIsNotCounted() throws {
    let document = try LibXML2Parser.parse(
      Data("<plan>\n  <alinea>een</alinea>\n  <alinea>twee</alinea>\n</plan>".utf8))
    #expect(document.textCount == 2)
  }
}
