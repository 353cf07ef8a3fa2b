import PlanReading
import Testing

@testable import Scoring

/// A sentence that names the public's own channel (inspraak, zienswijzen)
/// does not take another party from the sentence before it; one that points
/// back to that party does.
@Suite struct PublicChannelInheritanceTests {
  static func rung(_ paragraph: String) -> Int {
    ResidentBodiesTests.score([paragraph], language: .nl).ladder.rung
  }

  /// The public's reactions after a sentence about the province are the public's.
  @Test(arguments: [
    "Het voorontwerp is voorgelegd aan de provincie en het waterschap. "
      + "Tijdens de terinzagelegging zijn geen inspraakreacties ingediend.",
    "Het plan is besproken met de netbeheerder. Er zijn twee zienswijzen ingediend.",
  ])
  func publicChannelIsThePublics(_ paragraph: String) {
    #expect(Self.rung(paragraph) == 2)
  }

  /// A sentence that points back to the other party's input stays its, and
  /// one without a word of the public's channel takes the party as before.
  @Test(arguments: [
    "Er is één zienswijze ontvangen van de Gasunie. Deze zienswijze heeft geleid tot een "
      + "aanpassing van het plan.",
    "Het voorontwerp is voorgelegd aan de provincie. Er zijn geen opmerkingen ontvangen.",
  ])
  func otherPartyStays(_ paragraph: String) {
    #expect(Self.rung(paragraph) < 3)
  }
}
