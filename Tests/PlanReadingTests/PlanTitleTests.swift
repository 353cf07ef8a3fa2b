import Foundation
import Testing

@testable import PlanReading

@Suite struct PlanTitleTests {}

extension PlanTitleTests {
  /// Section headings, navigation, a bare municipality, kind or status are
  /// never a title.
  @Test(arguments: [
    "1 Inleiding", "Inhoudsopgave", "Toelichting", "Hoofdstuk 2 Beleid", "2.3 Participatie",
    "INLEIDING", "Bijlage 4 Reactienota", "Direct naar inhoud van Toelichting",
    "Gemeente Zwolle", "Zwolle", "Bestemmingsplan", "vastgesteld", "Contents", "Summary", "12",
  ])
  func genericRejected(_ heading: String) {
    #expect(!PlanTitle.isUsable(heading))
  }

  /// Names of plans are titles.
  @Test(arguments: [
    "Bestemmingsplan Lindenlaan", "Wijkplan Oost 2025", "Kloosterhof", "Riverside Action Plan",
  ])
  func namesAccepted(_ heading: String) {
    #expect(PlanTitle.isUsable(heading))
  }

  /// The first heading that is not generic is the title.
  @Test func firstRealHeading() throws {
    let text = "# Inhoudsopgave\n\n# 1 Inleiding\n\nTekst over de buurt.\n\n# Centrumplan Noord\n"
    let document = try PlanReader().read(data: Data(text.utf8), path: "plan.md")
    #expect(document.metadata.title == "Centrumplan Noord")
  }

  /// Without metadata, header or a usable heading, the file name made
  /// readable is the title; an IMRO identifier in it is shown as is.
  @Test func fileNameLast() throws {
    let text = "# Toelichting\n\nBewoners denken mee over het plein.\n"
    let plain = try PlanReader().read(data: Data(text.utf8), path: "stukken/wijkplan_de-esch.md")
    #expect(plain.metadata.title == "Wijkplan de esch")
    let imro = try PlanReader().read(
      data: Data(text.utf8), path: "t_NL.IMRO.0344.BPlindenlaan-VG01.md")
    #expect(imro.metadata.title == "NL.IMRO.0344.BPlindenlaan-VG01")
  }

  /// A generic title in the front matter gives way to a real heading.
  @Test func genericDeclaredTitle() throws {
    let text = "---\ntitel: Toelichting\n---\n\n# Speelplek Vogelbuurt\n\nKinderen tekenen mee.\n"
    let document = try PlanReader().read(data: Data(text.utf8), path: "plan.md")
    #expect(document.metadata.title == "Speelplek Vogelbuurt")
  }
}
