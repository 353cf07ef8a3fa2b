import PlanReading
import Testing

@testable import Scoring

/// ``BlockLayout/of(_:headingTitles:atDocumentStart:)`` splits a block into
/// at most one word more than its shape can have (a title at the document's
/// start 25, anything else 13), where it split every block into 26 words; these
/// pin the layouts on both sides of both limits.
@Suite("BlockLayout: words up to the limit of the shape")
struct BlockLayoutWordLimitTests {
  private static func layout(
    _ text: String, kind: BlockKind = .paragraph, atDocumentStart: Bool = false
  ) -> BlockLayout {
    let block = Block(
      kind: kind, text: text, headingPath: [], location: SourceLocation(line: 1, column: 1))
    return BlockLayout.of(block, headingTitles: [], atDocumentStart: atDocumentStart)
  }

  /// `count` words, capitalised first, without closing punctuation.
  private static func words(_ count: Int, first: String = "Plan") -> String {
    ([first] + Array(repeating: "wijk", count: count - 1)).joined(separator: " ")
  }

  @Test("a title at the document's start has up to 25 words")
  func titles() {
    #expect(Self.layout(Self.words(25), atDocumentStart: true) == .bareHeading)
    #expect(Self.layout(Self.words(26), atDocumentStart: true) == .prose)
    #expect(Self.layout(Self.words(20), atDocumentStart: true) == .bareHeading)
    #expect(Self.layout(Self.words(20), kind: .listItem, atDocumentStart: true) == .prose)
  }

  @Test("elsewhere a line of more than 13 words is prose")
  func elsewhere() {
    #expect(Self.layout(Self.words(8)) == .bareHeading)
    #expect(Self.layout(Self.words(9)) == .prose)
    #expect(Self.layout(Self.words(12, first: "3.1")) == .bareHeading)
    #expect(Self.layout(Self.words(13, first: "3.1")) == .prose)
    #expect(Self.layout(Self.words(14, first: "3.1")) == .prose)
    #expect(Self.layout(Self.words(20)) == .prose)
    #expect(Self.layout(Self.words(13, first: "HOOFDSTUK").uppercased()) == .bareHeading)
    #expect(Self.layout(Self.words(14, first: "HOOFDSTUK").uppercased()) == .prose)
    #expect(
      Self.layout(Self.words(14, first: "HOOFDSTUK").uppercased(), kind: .tableCell) == .prose)
  }

  @Test("a footnote that names a source is one however long")
  func sourceNotes() {
    let note = "12 Gemeente Baarn, " + Self.words(20, first: "Reactienota")
    #expect(Self.layout(note) == .contentsEntry)
    #expect(Self.layout(note, kind: .listItem) == .contentsEntry)
  }
}
