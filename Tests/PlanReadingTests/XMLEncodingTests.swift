import Foundation
import Testing

@testable import PlanReading

@Suite struct XMLEncodingTests {
  /// One way of encoding the same small plan.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: Data
    var encoding: TextEncoding
    var fallbackNote: Bool = false

    var testDescription: String { name }
  }

  static let body = "<plan><alinea>Café “De Buurt” – € 5</alinea></plan>"

  static let cases: [Case] = [
    Case(name: "UTF-8", bytes: Data(("<?xml version=\"1.0\"?>\n" + body).utf8), encoding: .utf8),
    Case(
      name: "UTF-8 with BOM", bytes: Data([0xEF, 0xBB, 0xBF]) + Data(body.utf8), encoding: .utf8BOM),
    Case(
      name: "UTF-16LE with BOM",
      bytes: utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + body, bigEndian: false),
      encoding: .utf16LE),
    Case(
      name: "UTF-16BE with BOM",
      bytes: utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + body, bigEndian: true),
      encoding: .utf16BE),
    Case(
      name: "windows-1252 declared",
      bytes: cp1252("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n" + body),
      encoding: .windows1252),
    Case(
      name: "windows-1252 undeclared", bytes: cp1252(body), encoding: .windows1252,
      fallbackNote: true),
  ]

  static func utf16(_ text: String, bigEndian: Bool) -> Data {
    var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
    for unit in text.utf16 {
      let value = bigEndian ? unit.bigEndian : unit.littleEndian
      withUnsafeBytes(of: value) { data.append(contentsOf: $0) }
    }
    return data
  }

  static func cp1252(_ text: String) -> Data {
    text.data(using: .windowsCP1252) ?? Data()
  }
}

extension XMLEncodingTests {
  /// The same text reads from every supported encoding, and the encoding is
  /// recorded.
  @Test(arguments: cases)
  func readsEncoding(_ testCase: Case) throws {
    let document = try PlanReader().read(data: testCase.bytes, path: "plan.xml")
    #expect(document.outline == ["p Café “De Buurt” – € 5"])
    #expect(document.metadata.encoding == testCase.encoding)
    #expect(document.notes.contains { $0.code == .encodingFallback } == testCase.fallbackNote)
  }

  /// A declared ISO-8859-1 file reads its accented letters.
  @Test func readsDeclaredLatin1() throws {
    var bytes = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<plan><alinea>Caf".utf8)
    bytes.append(0xE9)  // é
    bytes.append(contentsOf: Data(" in de co".utf8))
    bytes.append(0xF6)  // ö
    bytes.append(contentsOf: Data("peratie</alinea></plan>".utf8))
    #expect(String(data: bytes, encoding: .utf8) == nil, "the input must not be valid UTF-8")
    let document = try PlanReader().read(data: bytes, path: "latin1.xml")
    #expect(document.outline == ["p Café in de coöperatie"])
    #expect(document.metadata.encoding == .windows1252)
    #expect(document.notes.allSatisfy { $0.code != .encodingFallback })
  }

  /// The source encoding is sniffed from the byte order mark and declaration.
  @Test func sniffsDeclarations() {
    #expect(
      XMLSourceEncoding(sniffing: Data("<?xml version='1.0' encoding='latin1'?><a/>".utf8))
        == .latin1)
    #expect(XMLSourceEncoding(sniffing: Data("<?xml version=\"1.0\"?><a/>".utf8)) == .utf8)
    #expect(
      XMLSourceEncoding.declaresEncoding(Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8)))
    #expect(!XMLSourceEncoding.declaresEncoding(Data("<a/>".utf8)))
  }
}
