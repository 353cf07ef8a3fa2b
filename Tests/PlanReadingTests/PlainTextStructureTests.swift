import Foundation
import TestSupport
import Testing

@testable import PlanReading

@Suite struct PlainTextStructureTests {}

// MARK: - Paragraphs and locations

extension PlainTextStructureTests {
  /// Blank lines split paragraphs; wrapped lines join with one space.
  @Test func paragraphsSplitOnBlankLinesAndJoinWrappedLines() throws {
    let document = try readPlainText(
      "Bewoners praten mee\nover het plein.\n\n\nDe gemeente   luistert.\n")
    #expect(
      document.blocks.map(\.text) == [
        "Bewoners praten mee over het plein.", "De gemeente luistert.",
      ])
  }

  /// A word broken with a hyphen is rejoined, but not before a conjunction (`woon- en`).
  @Test func hyphenatedLineEnds() throws {
    let document = try readPlainText(
      "De partici-\npatie van bewoners in het woon-\nen werkgebied en de Noord-\nZuidlijn.")
    #expect(
      document.blocks.first?.text
        == "De participatie van bewoners in het woon- en werkgebied en de Noord- Zuidlijn.")
  }

  /// Locations are line and column of the first visible character, BOM not counted.
  @Test func locations() throws {
    let document = try readPlainText(
      "\u{FEFF}# Titel\n\n   Ingesprongen alinea\nloopt door.\n\n- punt\n\n| a | b |")
    #expect(document.blocks.map(\.location.description) == ["1:1", "3:4", "6:1", "8:3", "8:7"])
  }

  /// CR LF and lone CR end lines as LF does.
  @Test func lineEndings() throws {
    let document = try readPlainText("# Titel\r\n\r\nEen\rtwee\r\n\r\nDrie")
    #expect(document.blocks.map(\.text) == ["Titel", "Een twee", "Drie"])
    #expect(document.blocks.map(\.location.line) == [1, 3, 6])
  }

  /// Page numbers and a lost XML declaration are dropped without splitting text.
  @Test func conversionArtefactsAreDropped() throws {
    let document = try readPlainText(
      "xml version\\=\"1\\.0\" encoding\\=\"UTF\\-8\"?\n\nEerste alinea loopt\n12\ndoor.\n\n"
        + "- 13 -\n\nPagina 3 van 40\n\n3/40\n\nLaatste alinea.")
    #expect(document.blocks.map(\.text) == ["Eerste alinea loopt door.", "Laatste alinea."])
  }

  /// HTML comments, also over several lines, are not text.
  @Test func htmlCommentsAreDropped() throws {
    let document = try readPlainText(
      "Voor.\n\n<!-- notitie\nvoor de redactie -->\n\nNa <!-- kort --> de opmerking.")
    #expect(document.blocks.map(\.text) == ["Voor.", "Na de opmerking."])
  }

  /// A block quote is read as the text it quotes.
  @Test func blockQuotes() throws {
    let document = try readPlainText("> Een bewoner zei:\n> \"Het plein moet groener.\"")
    #expect(document.blocks.map(\.text) == ["Een bewoner zei: \"Het plein moet groener.\""])
  }
}

// MARK: - Lists

extension PlainTextStructureTests {
  /// Every supported list marker opens a list item and is not in its text.
  @Test(arguments: ["-", "*", "+", "•", "–", "1.", "12)", "a)", "a.", "(a)", "(3)", "i.", "iv)"])
  func listMarkers(_ marker: String) throws {
    let document = try readPlainText("Inleiding.\n\n\(marker) Meer groen in de straat\n")
    let items = document.blocks(.listItem)
    #expect(items.map(\.text) == ["Meer groen in de straat"])
  }

  /// Indented lines belong to the item above; a new marker starts a new item.
  @Test func listItemContinuationLines() throws {
    let document = try readPlainText(
      "- Eerste punt dat over\n  twee regels loopt\n- Tweede punt\n    met vervolg\n")
    #expect(
      document.blocks(.listItem).map(\.text) == [
        "Eerste punt dat over twee regels loopt", "Tweede punt met vervolg",
      ])
  }

  /// A lower-case line continues an unfinished item; a new sentence starts a paragraph.
  @Test func lazyContinuationAndParagraphAfterList() throws {
    let document = try readPlainText(
      "- bewoners die meedoen aan\nde avonden;\n- ondernemers.\nDaarna volgt het besluit.")
    #expect(document.blocks.map(\.kind) == [.listItem, .listItem, .paragraph])
    #expect(document.blocks.first?.text == "bewoners die meedoen aan de avonden;")
  }

  /// A marker with nothing after it takes the indented text below the blank.
  @Test func markerAloneTakesTextBelow() throws {
    let document = try readPlainText("  • a.\n\n    inspraak: het geven van een mening;\n")
    #expect(document.blocks.map(\.kind) == [.listItem])
    #expect(document.blocks.first?.text == "inspraak: het geven van een mening;")
    #expect(document.blocks.first?.location == SourceLocation(line: 1, column: 3))
  }
}

// MARK: - Tables

extension PlainTextStructureTests {
  /// A Markdown table gives one block per non-empty cell, each at its own column.
  @Test func markdownTableCells() throws {
    let document = try readPlainText(
      "## Acties\n\n| Actie | Wie |\n|:------|----:|\n| Groen plein | |\n| Oversteek | gemeente |\n"
    )
    let cells = document.blocks(.tableCell)
    #expect(cells.map(\.text) == ["Actie", "Wie", "Groen plein", "Oversteek", "gemeente"])
    #expect(cells.allSatisfy { $0.headingPath == ["Acties"] })
    #expect(cells.map(\.location.description) == ["3:3", "3:11", "5:3", "6:3", "6:15"])
  }

  /// Rows without a separator, or with blank lines between them, still split.
  @Test func brokenTablesSplitIntoCells() throws {
    let document = try readPlainText("| Plan: | Zonnehof |\n\n| Status: | vastgesteld |\n")
    #expect(document.blocks.map(\.text) == ["Plan:", "Zonnehof", "Status:", "vastgesteld"])
    #expect(document.blocks.allSatisfy { $0.kind == .tableCell })
  }

  /// A table without outer pipes is found by its separator; `\|` stays in its cell.
  @Test func tableWithoutOuterPipes() throws {
    let document = try readPlainText("Wie | Wat\n--- | ---\nbewoners | ja \\| nee\n")
    #expect(document.blocks.map(\.text) == ["Wie", "Wat", "bewoners", "ja | nee"])
  }

  /// Markup inside cells is stripped.
  @Test func cellMarkupIsStripped() throws {
    let document = try readPlainText("| **Vet** | regel<br>twee |\n")
    #expect(document.blocks.map(\.text) == ["Vet", "regel twee"])
  }
}

// MARK: - Fixture

extension PlainTextStructureTests {
  /// The plain-text fixture reads into the outline its layout suggests.
  @Test func plainTextFixture() throws {
    let document = try PlanReader().read(fileAt: Fixtures.path("text/bloemenbuurt.txt"))
    let headings = document.blocks(.heading)
    #expect(
      headings.map(\.text) == [
        "WIJKPLAN BLOEMENBUURT", "1 Inleiding", "1.1 Aanleiding", "1.2 Wat bewoners zeiden",
        "Hoofdstuk 2 Uitvoering",
      ])
    #expect(headings.map(\.level) == [1, 1, 2, 2, 1])
    #expect(document.metadata.title == "WIJKPLAN BLOEMENBUURT")
    let items = document.blocks(.listItem)
    #expect(items.map(\.text) == ["meer speelplekken voor kinderen;", "betere verlichting."])
    #expect(items.first?.headingPath == ["1 Inleiding", "1.2 Wat bewoners zeiden"])
    #expect(
      document.block(
        "In dit hoofdstuk staat waarom er een plan komt. De participatie van bewoners staat "
          + "voorop, net als het woon- en werkklimaat.")?.location == SourceLocation(line: 7))
    #expect(document.blocks.last?.kind == .paragraph)
    #expect(!document.blocks.contains { $0.text == "12" || $0.text == "- 2 -" })
  }
}
