import Foundation
import Testing

@testable import PlanReading

@Suite struct PlanHeaderTests {}

extension PlanHeaderTests {
  static func read(_ text: String, path: String = "toelichting.md") throws -> PlanMetadata {
    try PlanReader().read(data: Data(text.utf8), path: path).metadata
  }

  /// A header table as plan viewers write it gives title, kind, status, the
  /// IMRO identifier and from it the municipality; the identifier's year too.
  @Test func tableHeader() throws {
    let text = """
      Kloosterhof: Toelichting

      Kloosterhof
      ===========

      | Plan: | Kloosterhof |
      | --- | --- |
      | Status: | ontwerp |
      | Plantype: | wijzigingsplan |
      | IMRO\\-idn: | NL.IMRO.0344\\.WP2023Kloosterhof\\-OW01 |

      Toelichting
      -----------

      1 Inleiding
      -----------

      Het plan maakt twee woningen mogelijk op het erf van de oude boerderij.
      """
    let metadata = try Self.read(text)
    #expect(metadata.title == "Kloosterhof")
    #expect(metadata.kind == .bestemmingsplan)
    #expect(metadata.planStatus == .ontwerp)
    #expect(metadata.planId == "NL.IMRO.0344.WP2023Kloosterhof-OW01")
    #expect(metadata.municipalityCode == "gm0344")
    #expect(metadata.municipality == "Utrecht")
    #expect(metadata.year == 2023)
  }

  /// Several fields on one line, as converted PDFs have them; the date's
  /// year wins over the identifier's, and the header's status over the
  /// version's.
  @Test func inlineFields() throws {
    let text = """
      **Plannaam:** Bedrijventerrein Zuidrand

      Plantype: bestemmingsplan Status: vastgesteld Datum: 3 maart 2022

      Het plan regelt de uitbreiding van het bedrijventerrein aan de zuidrand.
      """
    let metadata = try Self.read(text, path: "t_NL.IMRO.0200.BP2019Zuidrand-OW01.md")
    #expect(metadata.title == "Bedrijventerrein Zuidrand")
    #expect(metadata.kind == .bestemmingsplan)
    #expect(metadata.planStatus == .vastgesteld)
    #expect(metadata.date == "2022-03-03")
    #expect(metadata.year == 2022)
    #expect(metadata.planId == "NL.IMRO.0200.BP2019Zuidrand-OW01")
    #expect(metadata.municipality == "Apeldoorn")
  }

  /// Without a date field, the first date written out on the front page
  /// counts; a month and year stay as written.
  @Test(arguments: [
    ("**Status:** vastgesteld 18-12-2018", "2018-12-18", 2018),
    ("Bestemmingsplan – September 2021 Toelichting", "September 2021", 2021),
    ("Versie van 3 maart 2022", "2022-03-03", 2022),
  ])
  func frontPageDate(_ line: String, _ date: String, _ year: Int) throws {
    let text = "# Speelweide Noord\n\n\(line)\n\nKinderen uit de buurt tekenen mee aan het plan.\n"
    let metadata = try Self.read(text)
    #expect(metadata.date == date)
    #expect(metadata.year == year)
  }

  /// A key in the middle of running text is not a header field.
  @Test func proseIsNoHeader() {
    let blocks = [
      Block(
        kind: .paragraph, text: "Voor dit plan geldt: status en datum volgen later.",
        headingPath: [], location: SourceLocation(line: 1, column: 1))
    ]
    #expect(PlanHeader.read(blocks) == PlanHeader())
  }

  /// Front matter wins over the header.
  @Test func frontMatterWins() throws {
    let text = """
      ---
      titel: Dorpshart Oost
      status: voorontwerp
      ---

      | Plan: | Iets anders |
      | --- | --- |
      | Status: | vastgesteld |

      Bewoners praten mee over het dorpshart.
      """
    let metadata = try Self.read(text)
    #expect(metadata.title == "Dorpshart Oost")
    #expect(metadata.planStatus == .voorontwerp)
  }

  /// Without a status anywhere, the version's letters give it; a numeric
  /// version gives none.
  @Test func statusFromVersion() throws {
    let body = "Het plan regelt de bouw van een school.\n"
    #expect(try Self.read(body, path: "NL.IMRO.0200.BPschool-VG01.md").planStatus == .vastgesteld)
    #expect(try Self.read(body, path: "NL.IMRO.0200.BPschool-0301.md").planStatus == nil)
  }
}
