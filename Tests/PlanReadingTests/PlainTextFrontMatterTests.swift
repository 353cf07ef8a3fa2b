import Foundation
import TestSupport
import Testing

@testable import PlanReading

@Suite struct PlainTextFrontMatterTests {}

extension PlainTextFrontMatterTests {
  /// Dutch keys fill the metadata, quotes and unknown keys are dropped, no block.
  @Test func dutchKeys() throws {
    let document = try PlanReader().read(fileAt: Fixtures.path("text/wijkplan-front-matter.md"))
    let metadata = document.metadata
    #expect(metadata.title == "Wijkplan Zonnehof 2025")
    #expect(metadata.municipality == "Lindeveld")
    #expect(metadata.municipalityCode == "gm0999")
    #expect(metadata.area == "Zonnehof")
    #expect(metadata.year == 2025)
    #expect(metadata.date == "2025-02-14")
    #expect(metadata.kind == .wijkactieplan)
    #expect(metadata.language == .nl)
    #expect(!metadata.languageDetected)
    #expect(document.blocks.first?.text == "Samen aan de slag in Zonnehof")
    #expect(document.blocks.first?.location.line == 13)
    #expect(!document.blocks.contains { $0.text.contains("redacteur") || $0.text.contains("---") })
  }

  /// English keys fill the same fields.
  @Test func englishKeys() throws {
    let document = try PlanReader().read(fileAt: Fixtures.path("text/neighbourhood-plan.md"))
    let metadata = document.metadata
    #expect(metadata.title == "Riverside Neighbourhood Plan")
    #expect(metadata.municipality == "Eastbridge")
    #expect(metadata.municipalityCode == "gm0998")
    #expect(metadata.area == "Riverside")
    #expect(metadata.year == 2024)
    #expect(metadata.date == "2024-06-30")
    #expect(metadata.kind == .wijkactieplan)
    #expect(metadata.language == .en)
    #expect(!metadata.languageDetected)
    #expect(document.blocks(.heading).map(\.level) == [1, 2])
  }

  /// Other key spellings are read too, and a declared title beats the first heading.
  @Test func alternativeKeys() throws {
    let document = try readPlainText(
      "---\ntitle: Eigen titel\nbuurt: Centrum\nwijk:\ntype: omgevingsvisie\nlang: EN\n"
        + "municipality: Lindeveld\ndatum: 2023\n---\n# Een kop\n\nTekst.")
    #expect(document.metadata.title == "Eigen titel")
    #expect(document.metadata.area == "Centrum")
    #expect(document.metadata.kind == .omgevingsvisie)
    #expect(document.metadata.language == .en)
    #expect(document.metadata.date == "2023")
    #expect(document.metadata.year == 2023)
  }

  /// Without a closing fence, or with a line that is no `key: value`, it is text.
  @Test(arguments: [
    "---\ntitel: Open\n\nTekst zonder einde.",
    "---\nDit is gewoon een alinea\n---\nTekst.",
  ])
  func notFrontMatter(_ text: String) throws {
    let document = try readPlainText(text)
    #expect(document.metadata.municipality == nil)
    #expect(document.blocks.contains { $0.kind == .paragraph })
    #expect(document.metadata.languageDetected)
  }

  /// Front matter must start on the very first line.
  @Test func frontMatterOnlyAtTheTop() throws {
    let document = try readPlainText("Inleiding.\n\n---\ngemeente: Lindeveld\n---\n")
    #expect(document.metadata.municipality == nil)
  }
}

// MARK: - Values

extension PlainTextFrontMatterTests {
  /// Dates become ISO where their form is clear; other values stay as written.
  @Test(arguments: [
    ("14-02-2025", "2025-02-14"), ("1/3/2024", "2024-03-01"), ("2024-05-01", "2024-05-01"),
    ("14.02.2025", "2025-02-14"), ("voorjaar 2025", "voorjaar 2025"), ("31-13-2024", "31-13-2024"),
  ])
  func dates(_ example: (String, String)) {
    #expect(MetadataValue.date(example.0) == example.1)
  }

  /// Municipality codes become `gm` and four digits.
  @Test(arguments: [
    ("297", "gm0297"), ("0297", "gm0297"), ("GM0297", "gm0297"), ("gm0363", "gm0363"),
    ("Lindeveld", "Lindeveld"),
  ])
  func municipalityCodes(_ example: (String, String)) {
    #expect(MetadataValue.municipalityCode(example.0) == example.1)
  }
}

extension PlainTextFrontMatterTests {
  /// A `jaar`, `soort` or `taal` that cannot be used gives a reading note with
  /// the line and what to write, instead of vanishing (issue 13).
  @Test func unusableValuesGiveNotes() throws {
    let document = try readPlainText(
      "---\ngemeente: Zwolle\njaar: 20x5\nsoort: plannetje\ntaal: fr\n---\n\n"
        + "# Plan\n\nBewoners beslissen over het budget.\n")
    let notes = document.notes.filter { $0.code == .frontMatterValueIgnored }.map(\.message)
    #expect(notes.count == 3)
    #expect(
      notes.first?.hasPrefix("line 3: `jaar: 20x5` was not used: a year is four digits") == true)
    #expect(
      notes.contains { $0.hasPrefix("line 4: `soort: plannetje` was not used: not a known kind") })
    #expect(
      notes.contains { $0.hasPrefix("line 5: `taal: fr` was not used: not a known language") })
    #expect(document.metadata.municipality == "Zwolle")
    #expect(document.metadata.year == nil)
  }

  /// Good values give no such note.
  @Test func usableValuesGiveNoNotes() throws {
    let document = try readPlainText(
      "---\njaar: 2025\nsoort: wijkactieplan\ntaal: nl\n---\n\n# Plan\n\nTekst.\n")
    #expect(!document.notes.contains { $0.code == .frontMatterValueIgnored })
  }
}

extension PlainTextFrontMatterTests {
  /// The note carries its values, so a Dutch card can word it in Dutch.
  @Test func notesCarryTheirValues() throws {
    let document = try readPlainText("---\njaar: 20x5\n---\n\n# Plan\n\nTekst.\n")
    let note = try #require(document.notes.first { $0.code == .frontMatterValueIgnored })
    #expect(note.arguments == ["line": "2", "key": "jaar", "value": "20x5", "field": "year"])
  }
}
