import Foundation
import Testing

@testable import PlanReading

/// Reading XML grows linearly with the input: doubling the elements on one
/// line, or the entity declarations, at most doubles the work. Work is the
/// reader's own count of inner-loop steps (``WorkCounter``), never time.
@Suite struct XMLLinearityTests {
  /// The steps the XML reader takes to read `xml`.
  static func work(reading xml: String) throws -> Int {
    let counter = WorkCounter()
    try WorkCounter.$current.withValue(counter) {
      _ = try XMLPlanReader.read(data: Data(xml.utf8), path: "plan.xml")
    }
    return counter.steps
  }

  /// A STOP delivery with `articles` articles, on one line unless
  /// `separator` is a line break. The paragraph text holds a combining accent
  /// and an emoji sequence, so columns are counted in characters.
  static func stop(articles: Int, separator: String = "") -> String {
    let head =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><AanleveringBesluit "
      + "xmlns=\"https://standaarden.overheid.nl/lvbb/stop/aanlevering/\" "
      + "xmlns:tekst=\"https://standaarden.overheid.nl/stop/imop/tekst/\"><BesluitVersie>"
      + "<tekst:BesluitCompact><tekst:Lichaam>"
    let body = (1...articles).map { number in
      "<tekst:Artikel eId=\"art_\(number)\"><tekst:Kop><tekst:Label>Artikel</tekst:Label>"
        + "<tekst:Nummer>\(number)</tekst:Nummer><tekst:Opschrift>Wijkbudget</tekst:Opschrift>"
        + "</tekst:Kop><tekst:Inhoud><tekst:Al>Bewoners van de wijk beslisse\u{301}n samen "
        + "over het café-budget 👩‍👩‍👧.</tekst:Al></tekst:Inhoud></tekst:Artikel>"
    }
    return head + body.joined(separator: separator)
      + "</tekst:Lichaam></tekst:BesluitCompact></BesluitVersie></AanleveringBesluit>"
  }

  /// A document whose internal subset declares `count` entities (`e000001`,
  /// `e000002`, …: one length, so the bytes double with the count) and whose
  /// text refers to the first.
  static func entities(_ count: Int) -> String {
    let declarations = (1...count).map { "<!ENTITY \(entity($0)) \"tekst\">" }
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE plan [\n" + declarations.joined(separator: "\n")
      + "\n]>\n<plan><p>Bewoners praten mee &\(entity(1)); over de wijk.</p></plan>\n"
  }

  /// The name of the `number`th entity.
  static func entity(_ number: Int) -> String {
    let digits = String(number)
    return "e" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
  }

  @Test func oneLineDocumentIsLinearInItsElements() throws {
    let small = try Self.work(reading: Self.stop(articles: 400))
    let large = try Self.work(reading: Self.stop(articles: 800))
    #expect(large <= 2 * small + 1_000)
  }

  @Test func prettyPrintedDocumentIsLinearInItsElements() throws {
    let small = try Self.work(reading: Self.stop(articles: 400, separator: "\n"))
    let large = try Self.work(reading: Self.stop(articles: 800, separator: "\n"))
    #expect(large <= 2 * small + 1_000)
  }

  @Test func entityDeclarationsAreLinear() throws {
    let small = try Self.work(reading: Self.entities(2_000))
    let large = try Self.work(reading: Self.entities(4_000))
    #expect(large <= 2 * small + 1_000)
  }

  /// Many declarations still read with the references left out and a note
  /// naming the first ten.
  @Test func manyDeclarationsKeepTheNote() throws {
    let document = try XMLTestSupport.read(Self.entities(5_000))
    let note = try #require(document.notes.first { $0.code == .entitiesNotExpanded })
    let names = (1...10).map { "&\(Self.entity($0));" }.joined(separator: ", ")
    #expect(note.message.contains("(\(names))"))
    #expect(!note.message.contains(Self.entity(11)))
    #expect(document.blocks.map(\.text) == ["Bewoners praten mee over de wijk."])
  }

  /// Columns on a long line are counted in characters (a combining accent and
  /// an emoji sequence are one each), as far into the line as it goes.
  @Test func columnsOnOneLineCountCharacters() throws {
    let source = Self.stop(articles: 50)
    let document = try XMLTestSupport.read(source)
    let paragraphs = document.blocks.filter { $0.text.hasPrefix("Bewoners") }
    var expected: [Int] = []
    var column = 1
    var rest = Substring(source)
    while let range = rest.range(of: "<tekst:Al>") {
      column += rest.distance(from: rest.startIndex, to: range.lowerBound)
      expected.append(column)
      column += rest.distance(from: range.lowerBound, to: range.upperBound)
      rest = rest[range.upperBound...]
    }
    #expect(paragraphs.count == 50)
    #expect(paragraphs.map { $0.location.column } == expected)
    #expect(paragraphs.allSatisfy { $0.location.line == 1 })
  }
}
