import PlanReading
import Testing

@testable import Scoring

/// A sentence that names the public's own channel (inspraak, zienswijzen)
/// does not take another party from the sentence before it; one that points
/// back to that party does.
@Suite struct PublicChannelInheritanceTests {
  static func card(_ paragraph: String) -> Scorecard {
    ResidentBodiesTests.score([paragraph], language: .nl)
  }

  /// Every quote the card shows, for the criteria and the rung.
  static func quotes(_ card: Scorecard) -> [String] {
    card.criteria.flatMap { $0.evidence.map(\.quote) }
  }

  /// The public's reactions after a sentence about the province are the public's.
  @Test(arguments: [
    "Het voorontwerp is voorgelegd aan de provincie en het waterschap. "
      + "Tijdens de terinzagelegging zijn geen inspraakreacties ingediend.",
    "Het plan is besproken met de netbeheerder. Er zijn twee zienswijzen ingediend.",
  ])
  func publicChannelIsThePublics(_ paragraph: String) {
    #expect(Self.card(paragraph).ladder.rung == 2)
  }

  /// A sentence whose word of the channel points back to the other party's
  /// input ("Deze zienswijze", "de zienswijzen"), or that opens with a
  /// pointer ("De ontvangen brieven"), stays that party's: it is no evidence.
  @Test(arguments: [
    (
      "Er is één zienswijze ontvangen van de Gasunie. ",
      "Deze zienswijze heeft geleid tot een aanpassing van het plan."
    ),
    (
      "Er zijn twee reacties ontvangen van de provincie en Tennet. ",
      "Wel hebben de zienswijzen geleid tot enkele wijzigingen van het plan."
    ),
    (
      "Er kwamen brieven van de provincie en het waterschap. ",
      "De ontvangen brieven zijn opgenomen in de nota van zienswijzen."
    ),
  ])
  func otherPartyStays(_ first: String, _ second: String) {
    let quotes = Self.quotes(Self.card(first + second))
    #expect(!quotes.contains { $0.contains(second.prefix(20)) })
  }
}
