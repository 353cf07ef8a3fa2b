import CLibXML2
import Foundation
import TestSupport
import Testing

@testable import PlanReading

/// UTF-8 reaches libxml2 through a read callback (``LibXML2ByteFeed``), so
/// that it keeps no whole copy of the file; the tree and the failures are
/// those of libxml2 reading the same bytes from memory.
@Suite struct LibXML2ByteFeedTests {
  /// The callback hands out every byte once, in pieces of at most the length
  /// asked for, then 0.
  @Test func feedsEveryByteOnceThenNothing() {
    let bytes = Array("<doc>één twee</doc>".utf8).map { CChar(bitPattern: $0) }
    bytes.withUnsafeBufferPointer { input in
      var feed = LibXML2ByteFeed(base: input.baseAddress!, count: input.count)
      var output: [CChar] = []
      var piece = [CChar](repeating: 0, count: 4)
      while true {
        let count = piece.withUnsafeMutableBufferPointer {
          LibXML2ByteFeed.read(&feed, $0.baseAddress, 4)
        }
        #expect(count >= 0 && count <= 4)
        if count == 0 { break }
        output += piece[..<Int(count)]
      }
      #expect(output == bytes)
      #expect(feed.offset == bytes.count)
    }
  }

  /// Only bytes libxml2 takes as they are are streamed: anything it would
  /// convert goes in memory, where it reports conversion errors as before.
  @Test func onlyUnconvertedUTF8IsStreamed() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let cases: [([UInt8], Bool)] = [
      (Array("<doc/>".utf8), true),
      (Array("\n <doc/>".utf8), true),
      (bom + Array("<doc/>".utf8), true),
      (Array("<?xml version=\"1.0\"?><doc/>".utf8), true),
      (Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><doc/>".utf8), true),
      (bom + Array("<?xml version='1.0' encoding='utf8'?><doc/>".utf8), true),
      (Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><doc/>".utf8), false),
      (Array("<?xml version=\"1.0\" encoding=\"EUC-JP\"?><doc/>".utf8), false),
      (bom + Array("<?xml version=\"1.0\" encoding=\"windows-1252\"?><doc/>".utf8), false),
      (Array("<?xml version=\"1.0\" encoding\n=\"latin1\"?><doc/>".utf8), false),
      ([0xFF, 0xFE, 0x3C, 0x00], false),
      ([0x4C, 0x6F, 0xA7, 0x94], false),
    ]
    for (bytes, streamed) in cases {
      #expect(XMLSourceEncoding.isUnconvertedUTF8(Data(bytes)) == streamed, "\(bytes.prefix(12))")
    }
  }

  static func memoryParseFails(_ data: Data) -> Bool {
    let document = LibXML2MemoryDocument.read(data)
    defer { xmlFreeDoc(document) }
    return document == nil
  }

  /// Every malformed XML fixture: a streamed parse fails where libxml2 fails
  /// on the bytes in memory, and otherwise gives the tree of libxml2's own
  /// document.
  @Test func malformedFixturesFailOrReadAsFromMemory() throws {
    let folder = Fixtures.url("Malformed/xml")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names.count > 30)
    for name in names {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      if Self.memoryParseFails(data) {
        #expect(throws: LibXML2Error.self, "\(name)") { try LibXML2Parser.parse(data) }
      } else {
        #expect(try XMLSAXTreeTests.saxTree(data) == XMLSAXTreeTests.libxml2Tree(data), "\(name)")
      }
    }
  }

  /// A document libxml2 refuses when streamed is read again from memory, so
  /// the error and its position are those it always gave: a comment over
  /// libxml2's 10 MB limit is reported at its end, not where the stream
  /// crossed the limit.
  @Test func aRefusedDocumentReportsTheErrorFromMemory() {
    let text = String(repeating: "bewoners beslissen mee ", count: 480_000)
    let data = Data(("<plan><!--" + text + "--><alinea>kort</alinea></plan>").utf8)
    do {
      _ = try LibXML2Parser.parse(data)
      Issue.record("a comment over 10 MB should be refused")
    } catch {
      #expect(error.message.contains("Comment too big"))
      #expect(error.line == 1 && error.column == 10 + text.utf8.count + 1)
    }
  }

  /// One line of more than 10 MB that libxml2 refuses from memory ("Huge input
  /// lookup", a limit of its memory input), but reads streamed, as `xmllint`
  /// reads the file, is read: a document the reader refused before.
  @Test func aLongLineRefusedFromMemoryIsReadStreamed() throws {
    let value = String(repeating: "v", count: 2_000)
    let elements = (0..<6_000).map { "<alinea a=\"\(value)\">tekst \($0)</alinea>" }
    let data = Data(("<plan>" + elements.joined() + "</plan>").utf8)
    #expect(Self.memoryParseFails(data))
    #expect(try LibXML2Parser.parse(data).root.childElements.count == 6_000)
  }
}
