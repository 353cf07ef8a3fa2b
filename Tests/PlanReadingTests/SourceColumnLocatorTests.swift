import Foundation
import Testing

@testable import PlanReading

/// The locator over an XML file's own bytes gives the positions the locator
/// over the decoded text gave (how the reader found columns before it stopped
/// decoding a copy of the file), byte order marks and bad bytes included.
@Suite struct SourceColumnLocatorTests {
  /// Every element's position, by both locators.
  static func expectSamePositions(
    _ data: Data, sourceLocation: Testing.SourceLocation = #_sourceLocation
  )
    throws
  {
    let encoding = XMLSourceEncoding(sniffing: data)
    let root = try LibXML2Parser.parse(data).root
    let fromBytes = SourceColumnLocator(xml: data, encoding: encoding)
    let fromText = SourceColumnLocator(text: encoding.decode(data))
    var count = 0
    root.forEachElement { element in
      count += 1
      let (line, column) = fromBytes.position(of: element)
      let expected = fromText.position(of: element)
      #expect(
        line == expected.line && column == expected.column, "\(element.qualifiedName)",
        sourceLocation: sourceLocation)
    }
    #expect(count > 1, sourceLocation: sourceLocation)
  }

  static let document = """
    <?xml version="1.0" encoding="UTF-8"?>
    <doc><p>café</p><p>één</p>\r
    <p>👩‍👩‍👧 <b>vet</b> <b>nog</b></p>\r<p
      lang="nl">over regels</p></doc>
    """

  @Test func utf8WithoutAndWithByteOrderMarks() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    try Self.expectSamePositions(Data(Self.document.utf8))
    try Self.expectSamePositions(Data(bom + Array(Self.document.utf8)))
  }

  /// A second byte order mark is text that decoding drops, so the columns
  /// after it do not count it (libxml2 refuses such a file, but the locator
  /// must not depend on that).
  @Test func aSecondByteOrderMarkIsDroppedAsDecodingDrops() {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let data = Data(bom + bom + Array("<doc><p>één</p><p>twee</p></doc>".utf8))
    let fromBytes = SourceColumnLocator(xml: data, encoding: .utf8BOM)
    let fromText = SourceColumnLocator(text: XMLSourceEncoding.utf8BOM.decode(data))
    for (name, ordinal) in [("doc", 0), ("p", 0), ("p", 1)] {
      let element = Self.element(name, line: 1, ordinal: ordinal)
      let position = fromBytes.position(of: element)
      let expected = fromText.position(of: element)
      #expect(position.line == expected.line && position.column == expected.column)
    }
    #expect(fromBytes.position(of: Self.element("p", line: 1, ordinal: 1)).column == 16)
  }

  static func element(_ name: String, line: Int, ordinal: Int) -> XMLElementNode {
    XMLElementNode(
      namespaceURI: nil, prefix: nil, localName: name, attributes: [], children: [], line: line,
      ordinalOnLine: ordinal)
  }

  /// Windows-1252 is decoded, as before.
  @Test func windows1252IsDecoded() throws {
    let xml =
      "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<doc><p>caf\u{E9}</p><p>x</p></doc>"
    try Self.expectSamePositions(try #require(xml.data(using: .windowsCP1252)))
  }

  /// Bytes the locator cannot read as UTF-8 leave every column at 1, as a
  /// failed decoding did.
  @Test func badBytesLeaveColumnsAtOne() {
    let data = Data(Array("<doc><p>a</p>   <p>".utf8) + [0xC0, 0x80] + Array("</p></doc>".utf8))
    let element = Self.element("p", line: 1, ordinal: 1)
    let position = SourceColumnLocator(xml: data, encoding: .utf8).position(of: element)
    #expect(position.line == 1 && position.column == 1)
    let decoded = SourceColumnLocator(text: XMLSourceEncoding.utf8.decode(data))
    #expect(decoded.position(of: element).column == 1)
  }
}
