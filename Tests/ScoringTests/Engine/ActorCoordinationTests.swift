import PlanReading
import Testing

@testable import Scoring

/// Residents joined to the municipality or another party by "en"/"and" act
/// together with it: the party next to them does not take the subject of the
/// sentence from the residents. Scored with the default rubric; every case is
/// a pattern of how plans are written, not a sentence of one plan.
@Suite struct ActorCoordinationTests {
  static func rung(_ text: String, language: PlanLanguage = .nl) -> Int {
    DocumentZonesTests.score([(.heading, 1, "Participatie"), (.paragraph, nil, text)], language: language)
      .ladder.rung
  }

  @Test(arguments: [
    "Bewoners en gemeente hebben het wijkplan gezamenlijk opgesteld.",
    "De gemeente en de bewoners hebben het wijkplan gezamenlijk opgesteld.",
    "De wijkraad en de gemeente hebben het wijkplan gezamenlijk opgesteld.",
  ])
  func residentsJoinedToTheMunicipalityCoProduce(_ text: String) {
    #expect(Self.rung(text) == 4)
  }

  @Test func englishResidentsJoinedToTheCouncilCoProduce() {
    #expect(Self.rung("Residents and the council jointly developed the plan.", language: .en) == 4)
  }

  /// Without residents in the pair, the plan is the authorities' own work.
  @Test func authoritiesTogetherAreNoCoProduction() {
    #expect(Self.rung("De gemeente en de provincie hebben het wijkplan gezamenlijk opgesteld.") < 4)
  }

  /// Residents named elsewhere in the sentence do not make a joint act of the
  /// municipality theirs.
  @Test func residentsNotJoinedToTheActorDoNotAct() {
    #expect(
      Self.rung("Bewoners zijn geïnformeerd over het plan dat de gemeente gezamenlijk met de provincie heeft opgesteld.")
        < 4)
  }
}
