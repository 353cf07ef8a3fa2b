import Foundation
import TestSupport
import Testing

@testable import PlanReading

/// The walker takes the tree over and releases it part by part
/// (``XMLBlockWalker/blocks(taking:rules:locator:rootPath:capacity:)``): the blocks and
/// metadata are those of a walk that releases nothing (a tree someone else
/// still holds, as the reader walked before), and what is taken out of the
/// tree is no longer held by it.
@Suite struct XMLBlockWalkerTakingTests {
  /// The reading of `data` twice: with a tree no one else holds, and with a
  /// tree whose every part is still held elsewhere, so nothing is released.
  static func expectSameReading(
    _ data: Data, sourceLocation: Testing.SourceLocation = #_sourceLocation
  )
    throws
  {
    let document = try LibXML2Parser.parse(data)
    let encoding = XMLSourceEncoding(sniffing: data)
    let reader = XMLSchemaDetector.schema(of: document.root).reader
    let kept = document
    let releasing = reader.read(
      try LibXML2Parser.parse(data), locator: SourceColumnLocator(xml: data, encoding: encoding))
    let holding = reader.read(kept, locator: SourceColumnLocator(xml: data, encoding: encoding))
    #expect(!releasing.blocks.isEmpty, sourceLocation: sourceLocation)
    #expect(releasing.blocks == holding.blocks, sourceLocation: sourceLocation)
    #expect(releasing.metadata == holding.metadata, sourceLocation: sourceLocation)
    #expect(!kept.root.children.isEmpty, sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    "cvdr-buurtbudget-utrecht.xml", "gemeenteblad-participatieverordening.xml",
    "imop-legacy-wijkraden.xml", "plan-overvecht.xml", "stop-omgevingsplan-noordhoven.xml",
    "xhtml-wijkplan.xml",
  ])
  func everyXMLFixtureReadsTheSame(name: String) throws {
    try Self.expectSameReading(try Data(contentsOf: Fixtures.url("xml/" + name)))
  }

  /// Mixed content, inline elements, notes, prefixes and definitions, a
  /// generic `div` that is a section only for the heading inside it, and a
  /// one-line STOP delivery.
  @Test func mixedContentReadsTheSame() throws {
    try Self.expectSameReading(
      Data(
        """
        <doc><div><title>Kop <b>vet</b></title> intro <p>a <i>b</i> c<br/>d<note>n</note></p>
        uit</div><div><p>geen kop</p></div><section><h2>Sub</h2><p>diep</p><p>x</p>
        <li><li.nr>1.</li.nr>een</li><begrip><term>T</term><definitie>D</definitie></begrip>
        <figuur><titel>F</titel></figuur></section> staart</doc>
        """.utf8))
    try Self.expectSameReading(Data(XMLLinearityTests.stop(articles: 5).utf8))
  }

  /// After the walk the root holds no content: every part was taken out.
  @Test func theWalkEmptiesTheTree() throws {
    let data = try Data(contentsOf: Fixtures.url("xml/plan-overvecht.xml"))
    var root = try LibXML2Parser.parse(data).root
    let blocks = XMLBlockWalker.blocks(
      taking: &root, rules: ScorecardPlanRules(),
      locator: SourceColumnLocator(xml: data, encoding: .utf8))
    #expect(!blocks.isEmpty)
    #expect(root.children.isEmpty)
    #expect(root.localName == "plan")
  }

  /// An element taken out of its parent is held by no one else: changing its
  /// content changes it in place (a shared array would be copied first).
  @Test func aTakenElementIsNoLongerHeldByItsParent() throws {
    var root = try LibXML2Parser.parse(Data("<a><b><c/>x</b><d/></a>".utf8)).root
    var children = root.takeChildren()
    #expect(root.children.isEmpty)
    #expect(children.count == 2)
    guard var taken = children[0].takeElement() else {
      Issue.record("the first child should be an element")
      return
    }
    guard case .text("") = children[0] else {
      Issue.record("the slot should hold empty text")
      return
    }
    #expect(children[1].takeElement()?.localName == "d")
    var text = XMLContent.text("y")
    #expect(text.takeElement() == nil)
    let before = taken.children.withUnsafeBufferPointer { $0.baseAddress }
    taken.children[1] = .text("z")
    #expect(taken.children.withUnsafeBufferPointer { $0.baseAddress } == before)
  }
}
