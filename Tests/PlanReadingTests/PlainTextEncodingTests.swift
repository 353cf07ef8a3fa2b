import Foundation
import TestSupport
import Testing

@testable import PlanReading

@Suite struct PlainTextEncodingTests {}

// MARK: - Encodings

extension PlainTextEncodingTests {
  /// The sentence every encoding test decodes.
  static let sentence = "Café ’t Hoekje: € 500 voor één buurtfeest."

  /// UTF-8 without a byte order mark reads as UTF-8, without a note.
  @Test func utf8() throws {
    let document = try PlanReader().read(data: Data(Self.sentence.utf8), path: "a.txt")
    #expect(document.metadata.encoding == .utf8)
    #expect(document.blocks.map(\.text) == [Self.sentence])
    #expect(!document.notes.contains { $0.code == .encodingFallback })
  }

  /// UTF-8 with a byte order mark reads as such; the mark is not text.
  @Test func utf8WithBOM() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(Self.sentence.utf8)
    let document = try PlanReader().read(data: Data(bytes), path: "a.txt")
    #expect(document.metadata.encoding == .utf8BOM)
    #expect(document.blocks.map(\.text) == [Self.sentence])
    #expect(document.blocks.first?.location == SourceLocation(line: 1, column: 1))
  }

  /// UTF-16 with a byte order mark, either byte order, reads correctly.
  @Test(arguments: [true, false])
  func utf16(littleEndian: Bool) throws {
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in "# Titel\n\n\(Self.sentence)".utf16 {
      let low = UInt8(unit & 0xFF)
      let high = UInt8(unit >> 8)
      bytes += littleEndian ? [low, high] : [high, low]
    }
    let document = try PlanReader().read(data: Data(bytes), path: "a.txt")
    #expect(document.metadata.encoding == (littleEndian ? .utf16LE : .utf16BE))
    #expect(document.blocks.map(\.text) == ["Titel", Self.sentence])
  }

  /// UTF-16 with an odd number of bytes or an unpaired surrogate is refused.
  @Test(arguments: [
    [0xFF, 0xFE, 0x41, 0x00, 0x42] as [UInt8],
    [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00],
    [0xFE, 0xFF, 0xDC, 0x00, 0x00, 0x41],
  ])
  func invalidUTF16IsUndecodable(_ bytes: [UInt8]) {
    #expect {
      try PlanReader().read(data: Data(bytes), path: "a.txt")
    } throws: { error in
      guard case .undecodable(let path, let reason)? = error as? PlanReadingError else {
        return false
      }
      return path == "a.txt" && reason.contains("UTF-16")
    }
  }

  /// Bytes that are not UTF-8 read as Windows-1252, with a note on the first bad byte.
  @Test func windows1252Fallback() throws {
    var bytes = Array("Eerste regel.\n".utf8)
    // "Café ’t Hoekje: € 500 voor één buurtfeest." in Windows-1252.
    bytes += [0x43, 0x61, 0x66, 0xE9, 0x20, 0x92, 0x74, 0x20] + Array("Hoekje: ".utf8)
    bytes += [0x80, 0x20] + Array("500 voor ".utf8) + [0xE9, 0xE9, 0x6E]
    bytes += Array(" buurtfeest.".utf8)
    let document = try PlanReader().read(data: Data(bytes), path: "word.txt")
    #expect(document.metadata.encoding == .windows1252)
    #expect(document.blocks.map(\.text) == ["Eerste regel. " + Self.sentence])
    let note = try #require(document.notes.first { $0.code == .encodingFallback })
    #expect(note.message.contains("line 2, column 4"))
    #expect(note.message.contains("Windows-1252"))
  }

  /// Windows-1252 maps 0x80–0x9F to its printable extras and 0xA0–0xFF to Latin-1.
  @Test func windows1252Table() {
    let defined: [UInt8] = [
      0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8E,
      0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9E, 0x9F,
    ]
    #expect(Windows1252.decode(defined) == "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")
    let latin1 = Array(UInt8(0xA0)...UInt8(0xFF))
    #expect(Windows1252.decode(latin1).unicodeScalars.map(\.value) == latin1.map(UInt32.init))
    #expect(
      Windows1252.decode([0x41, 0x81, 0x8D]).unicodeScalars.map(\.value) == [0x41, 0x81, 0x8D])
  }
}

// MARK: - Characters from conversion

extension PlainTextEncodingTests {
  /// Controls and odd spaces are white space; soft hyphens and zero-width marks go.
  @Test func controlCharactersAndInvisibles() throws {
    let text =
      "Eerste\u{0C}alinea\u{0B}met\u{00A0}vaste\u{2009}spatie,\u{0007}partici\u{00AD}patie "
      + "en zero\u{200B}width\u{FEFF}.\u{0085}"
    let document = try readPlainText(text)
    #expect(
      document.blocks.map(\.text) == [
        "Eerste alinea met vaste spatie, participatie en zerowidth."
      ])
  }

  /// A line holding only a form feed separates paragraphs like a blank line.
  @Test func formFeedLineIsBlank() throws {
    let document = try readPlainText("Pagina een.\n\u{0C}\nPagina twee.")
    #expect(document.blocks.map(\.text) == ["Pagina een.", "Pagina twee."])
  }

  /// Mojibake (`Ã©` for `é`) is repaired; ordinary accented text is left alone.
  @Test(arguments: [
    ("EÃ©n van de Ã©Ã©n", "Eén van de één"),
    (
      "de \u{E2}\u{80}\u{9C}Woonvisie\u{E2}\u{80}\u{9D} van geÃ¯nformeerd",
      "de “Woonvisie” van geïnformeerd"
    ),
    ("de â€œWoonvisieâ€\u{9D} en â€™t plein", "de “Woonvisie” en ’t plein"),
    ("meer dan 3Â m hoog en 5Â\u{A0}m breed", "meer dan 3 m hoog en 5 m breed"),
    ("100 mÂ² en ÂµgÂ per m3", "100 m² en µg per m3"),
    ("café, één, geïnformeerd, Ångström", "café, één, geïnformeerd, Ångström"),
  ])
  func mojibakeIsRepaired(_ example: (String, String)) throws {
    let document = try readPlainText(example.0)
    #expect(document.blocks.map(\.text) == [example.1])
  }
}
