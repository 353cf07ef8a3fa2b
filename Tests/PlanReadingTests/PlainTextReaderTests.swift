import Foundation
import TestSupport
import Testing

@testable import PlanReading

@Suite struct PlainTextReaderTests {}

// MARK: - Heading styles

extension PlainTextReaderTests {
  /// `#` to `######` give levels 1 to 6, and the closing `#` run is dropped.
  @Test func markdownHeadingsTakeTheirLevelFromTheHashes() throws {
    let document = try readPlainText(
      "# Een\n\n## Twee ##\n\n### Drie\n\n#### Vier\n\n##### Vijf\n\n###### Zes\n\nTekst.")
    let headings = document.blocks(.heading)
    #expect(headings.map(\.text) == ["Een", "Twee", "Drie", "Vier", "Vijf", "Zes"])
    #expect(headings.map(\.level) == [1, 2, 3, 4, 5, 6])
    #expect(
      document.block("Tekst.")?.headingPath == ["Een", "Twee", "Drie", "Vier", "Vijf", "Zes"])
  }

  /// `#hashtag` and seven hashes are not headings.
  @Test func hashesWithoutSpaceAreText() throws {
    let document = try readPlainText("#wijkplan is een hashtag\n\n####### Zeven")
    #expect(document.blocks(.heading).isEmpty)
    #expect(document.blocks(.paragraph).count == 2)
  }

  /// A line underlined with `===` is level 1 and with `---` level 2.
  @Test func underlinedHeadings() throws {
    let document = try readPlainText(
      "Wijkplan Noord\n==============\n\nBewoners\n--------\n\nZij praten mee.")
    let headings = document.blocks(.heading)
    #expect(headings.map(\.text) == ["Wijkplan Noord", "Bewoners"])
    #expect(headings.map(\.level) == [1, 2])
    #expect(document.block("Zij praten mee.")?.headingPath == ["Wijkplan Noord", "Bewoners"])
  }

  /// An underline as long as the title makes a heading even after a blank line.
  @Test func underlineAfterBlankLine() throws {
    let document = try readPlainText("Plein Oost\n\n==========\n\nTekst over het plein.")
    #expect(document.blocks(.heading).map(\.text) == ["Plein Oost"])
    #expect(document.block("Tekst over het plein.")?.headingPath == ["Plein Oost"])
  }

  /// A rule after a long paragraph and a blank line stays a rule.
  @Test func ruleAfterParagraphIsNoHeading() throws {
    let document = try readPlainText(
      "Dit is een alinea van een behoorlijke lengte.\n\n---\n\nNog een alinea.")
    #expect(document.blocks(.heading).isEmpty)
    #expect(document.blocks(.paragraph).count == 2)
  }

  /// A long one-line paragraph directly above `---` is not a title.
  @Test func longLineAboveRuleIsNoHeading() throws {
    let long = String(repeating: "Bewoners praten mee over de inrichting van het plein. ", count: 5)
    let document = try readPlainText(long + "\n---\nNog een alinea.")
    #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph])
  }

  /// A heading found by its look and underlined takes the underline's level.
  @Test func underlinedCapitalLine() throws {
    let document = try readPlainText("# Plan\n\nTOELICHTING\n\n-----------\n\nTekst.")
    #expect(document.block("TOELICHTING")?.level == 2)
    #expect(document.block("Tekst.")?.headingPath == ["Plan", "TOELICHTING"])
  }

  /// Short lines in capitals are headings; a sentence in capitals is not.
  @Test func capitalLines() throws {
    let document = try readPlainText(
      "INLEIDING\n\nTekst.\n\nDE GEMEENTE BETAALT ALLES.\n\n"
        + "EEN HEEL LANGE REGEL IN HOOFDLETTERS MET VEEL MEER DAN TIEN WOORDEN ERIN GEZET\n")
    #expect(document.blocks(.heading).map(\.text) == ["INLEIDING"])
    #expect(document.blocks(.paragraph).count == 3)
  }

  /// A line that is only bold is a heading one level below its section.
  @Test func boldLineIsHeading() throws {
    let document = try readPlainText("## Aanpak\n\n**Overleg**\n\nWe praten elke maand.")
    let overleg = try #require(document.block("Overleg"))
    #expect(overleg.kind == .heading)
    #expect(overleg.level == 3)
    #expect(document.block("We praten elke maand.")?.headingPath == ["Aanpak", "Overleg"])
  }

  /// The title is the first level-1 heading, else the first heading, that is
  /// not a generic one; else the file name.
  @Test func titleFallsBackToHeadings() throws {
    let levelOne = try readPlainText("## Buurtplan\n\nTekst.\n\n# Wijkplan Zuid\n\nTekst.")
    #expect(levelOne.metadata.title == "Wijkplan Zuid")
    let anyLevel = try readPlainText("## Voorwoord\n\nTekst.\n\n### Speelveld\n\nTekst.")
    #expect(anyLevel.metadata.title == "Speelveld")
    let none = try readPlainText("Alleen tekst.", path: "map/buurt_plan.md")
    #expect(none.metadata.title == "Buurt plan")
  }
}

// MARK: - Numbered headings

extension PlainTextReaderTests {
  /// A numbered line and the level and kind it should get.
  struct NumberedCase: CustomTestStringConvertible, Sendable {
    var line: String
    var kind: BlockKind
    var level: Int?
    var testDescription: String { line }
  }

  /// Numbered titles are headings at their number's depth; sentences and `1.` are not.
  @Test(arguments: [
    NumberedCase(line: "3 Inleiding", kind: .heading, level: 1),
    NumberedCase(line: "3.2 Participatie van bewoners", kind: .heading, level: 2),
    NumberedCase(line: "3.2.1 Overleg met de wijkraad", kind: .heading, level: 3),
    NumberedCase(line: "3.2. Participatie", kind: .heading, level: 2),
    NumberedCase(line: "Hoofdstuk 4 Uitvoerbaarheid", kind: .heading, level: 1),
    NumberedCase(line: "Hoofdstuk 4", kind: .heading, level: 1),
    NumberedCase(line: "Paragraaf 4.2 Overleg met bewoners", kind: .heading, level: 2),
    NumberedCase(line: "Chapter 2 Who takes part", kind: .heading, level: 1),
    NumberedCase(line: "1. Bewoners worden uitgenodigd", kind: .listItem, level: nil),
    NumberedCase(line: "3 woningen worden gesloopt", kind: .paragraph, level: nil),
    NumberedCase(line: "3.2 De gemeente nodigt bewoners uit.", kind: .paragraph, level: nil),
    NumberedCase(
      line: "3.2 De gemeente organiseert in het voorjaar drie avonden waarop bewoners en "
        + "ondernemers hun ideeen kunnen inbrengen",
      kind: .paragraph, level: nil),
    NumberedCase(line: "2017 Was een goed jaar", kind: .paragraph, level: nil),
    NumberedCase(line: "Artikel 6.12 stelt regels voor de wijk", kind: .paragraph, level: nil),
  ])
  func numberedLines(_ example: NumberedCase) throws {
    let document = try readPlainText("Voorwoord.\n\n\(example.line)\n\nSlot.", path: "plan.txt")
    let block = try #require(document.blocks.dropFirst().first)
    #expect(block.kind == example.kind)
    #expect(block.level == example.level)
  }

  /// A numbered line that runs on into a lower-case line is a wrapped sentence.
  @Test func numberedLineRunningOnIsParagraph() throws {
    let document = try readPlainText("3.2 Participatie van\nbewoners in de wijk", path: "a.txt")
    #expect(document.blocks.map(\.kind) == [.paragraph])
    #expect(document.blocks.first?.text == "3.2 Participatie van bewoners in de wijk")
  }

  /// Numbered headings nest by their numbers and close deeper sections.
  @Test func numberedHeadingPaths() throws {
    let document = try readPlainText(
      "1 Inleiding\nTekst een.\n\n1.1 Aanleiding\nTekst twee.\n\n2 Aanpak\nTekst drie.\n",
      path: "plan.txt")
    #expect(document.block("Tekst een.")?.headingPath == ["1 Inleiding"])
    #expect(document.block("Tekst twee.")?.headingPath == ["1 Inleiding", "1.1 Aanleiding"])
    #expect(document.block("Tekst drie.")?.headingPath == ["2 Aanpak"])
  }

  /// A numbered line under a Markdown heading is counted from that heading.
  @Test func numberedHeadingUnderMarkdownHeading() throws {
    let document = try readPlainText(
      "## Hoofdstuk 4 Aanpak\n\n4.2 Overleg\n\nTekst.\n\n5 Kosten\n\nMeer tekst.")
    #expect(document.block("4.2 Overleg")?.level == 3)
    #expect(document.block("Tekst.")?.headingPath == ["Hoofdstuk 4 Aanpak", "4.2 Overleg"])
    #expect(document.block("5 Kosten")?.level == 2)
    #expect(document.block("Meer tekst.")?.headingPath == ["5 Kosten"])
  }

  /// A heading line right after an unfinished line continues the paragraph.
  @Test func headingLikeLineAfterUnfinishedLineIsContinuation() throws {
    let document = try readPlainText("Zie voor de kaart\nHOOFDSTUK DRIE\nvan dit plan.")
    #expect(document.blocks.map(\.kind) == [.paragraph])
    #expect(document.blocks.first?.text == "Zie voor de kaart HOOFDSTUK DRIE van dit plan.")
  }
}
