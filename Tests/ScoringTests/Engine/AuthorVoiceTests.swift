import PlanReading
import Testing

@testable import Scoring

/// "Wij" is whoever wrote the plan: the municipality, as a rule, but the
/// residents in a plan that says its authors are residents (a self-run
/// buurthuis, a residents' own plan). Scored with the default rubric; every
/// case is a pattern of how such texts are written, not a sentence of one.
@Suite struct AuthorVoiceTests {
  static func rung(_ paragraphs: [String], language: PlanLanguage = .nl) -> Int {
    DocumentZonesTests.score(
      [(.heading, 1, "Over ons")] + paragraphs.map { (.paragraph, nil, $0) }, language: language
    ).ladder.rung
  }

  @Test func residentsWritingAsWeRunTheirBuilding() {
    let plan = [
      "Wij zijn een groep bewoners uit de Bloemenbuurt.",
      "Sinds 2015 beheren wij het buurthuis zelf.",
    ]
    #expect(Self.rung(plan) == 6)
  }

  @Test func englishResidentsWritingAsWe() {
    let plan = ["We are a group of local residents.", "We run the community centre ourselves."]
    #expect(Self.rung(plan, language: .en) == 6)
  }

  /// "U" is the reader: on a residents' page a resident, so a sentence about
  /// residents lends "u" its actor; once the plan says its reader is the
  /// applicant ("u als aanvrager"), "u" is the initiator, who organises the
  /// consultation and decides nothing for the residents.
  @Test(arguments: [
    (
      PlanLanguage.nl, "U als aanvrager vraagt de buren om hun mening.",
      "Omwonenden geven hun mening over het plan. Hoe u dat doet, mag u zelf bepalen."
    ),
    (
      .en, "You as the applicant ask the neighbours for their views.",
      "Neighbours give their views on the plan. You decide how to do that yourself."
    ),
  ])
  func theReaderAsApplicantDecidesNothingForResidents(
    language: PlanLanguage, applicant: String, paragraph: String
  ) {
    #expect(Self.rung([paragraph], language: language) == 5)
    #expect(Self.rung([applicant, paragraph], language: language) == 2)
  }

  /// Without the authors saying who they are, "wij" is the municipality.
  @Test func weIsTheMunicipalityByDefault() {
    #expect(Self.rung(["Sinds 2015 beheren wij het buurthuis zelf."]) == 0)
  }

  /// The authors' statement counts from where it stands, never before it.
  @Test func theStatementDoesNotReachBack() {
    let plan = [
      "Sinds 2015 beheren wij het buurthuis zelf.",
      "Wij zijn een groep bewoners uit de Bloemenbuurt.",
    ]
    #expect(Self.rung(plan) == 0)
  }
}
