import PlanReading
import Testing

@testable import Scoring

/// Who is the subject of a match: residents joined to the municipality by
/// "en"/"and" act together with it, and a party the act is addressed to, done
/// for or done with ("aan", "voor", "met") is not its subject. Scored with the
/// default rubric; every case is a pattern of how plans are written, not a
/// sentence of one plan.
@Suite struct ActorSubjectTests {
  static func rung(_ text: String, language: PlanLanguage = .nl) -> Int {
    DocumentZonesTests.score(
      [(.heading, 1, "Participatie"), (.paragraph, nil, text)], language: language
    )
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
      Self.rung(
        "Bewoners zijn geïnformeerd over het plan dat de gemeente gezamenlijk met de provincie heeft opgesteld."
      )
        < 4)
  }

  /// The municipality a plan was made "samen met" is the residents' partner.
  @Test func municipalityAsPartnerIsNotTheSubject() {
    #expect(Self.rung("Bewoners hebben samen met de gemeente het plan opgesteld.") == 4)
  }

  /// The city a body advises is the addressee of the advice.
  @Test func addresseeOfAdviceIsNotTheSubject() {
    let text =
      "Neighbourhood councils are groups of local volunteers who serve as advisors to the city."
    #expect(Self.rung(text, language: .en) == 3)
  }

  /// Residents after "voor" still act: the opportunity "voor een ieder om"
  /// react is theirs.
  @Test func residentsGivenAnOpportunityAct() {
    let text =
      "Er is de mogelijkheid voor een ieder om samen met de gemeente het plan te ontwerpen."
    #expect(Self.rung(text) == 4)
  }

  /// The government "naast" or "alongside" whom residents sit on a body is
  /// their partner there, not the subject.
  @Test func governmentAlongsideResidentsIsTheirPartner() {
    #expect(
      Self.rung("Residents sit on the project board alongside the council.", language: .en) == 4)
    #expect(Self.rung("Bewoners zitten naast de gemeente in de stuurgroep.") == 4)
    #expect(Self.rung("The council sits on the project board.", language: .en) < 4)
  }

  /// People and volunteers "uit de buurt" or "from the village" are residents.
  @Test(arguments: [
    ("Het wijkcentrum wordt volledig door vrijwilligers uit de buurt gerund.", PlanLanguage.nl),
    ("The village shop is run entirely by volunteers from the village.", .en),
    ("The village hall is run by villagers.", .en),
  ])
  func localPeopleAndVolunteersAreResidents(_ text: String, _ language: PlanLanguage) {
    #expect(Self.rung(text, language: language) == 6)
  }

  /// A word of the government or another party inside the indicator itself
  /// ("partner", "eigenaar") names the residents' role, not another actor.
  @Test(arguments: [
    ("Bewoners zijn vanaf het begin als gelijkwaardige partner betrokken bij de planvorming.", 4),
    ("De bewoners worden mede-eigenaar van het buurthuis.", 6),
  ])
  func partiesNamedInsideTheIndicatorAreNoActor(_ text: String, _ rung: Int) {
    #expect(Self.rung(text) == rung)
  }

  /// "Naar aanleiding daarvan" points to the sentence before it: a change made
  /// by the initiator because of what residents said answers the residents.
  @Test(arguments: [("omwonenden", 3), ("medewerkers van de provincie", 0)])
  func aChangeBecauseOfWhatResidentsSaidAnswersThem(_ who: String, _ rung: Int) {
    let paragraph =
      "Er waren 14 \(who) aanwezig. De belangrijkste zorg was de hoogte van de woningen. "
      + "Naar aanleiding daarvan heeft initiatiefnemer de nokhoogte verlaagd."
    let card = DocumentZonesTests.score([
      (.heading, 1, "Participatie"), (.paragraph, nil, paragraph),
    ])
    #expect(card.ladder.rung == rung)
  }

  /// Residents a plan is made for are its beneficiaries, not its makers.
  @Test func residentsAPlanIsForDoNotMakeIt() {
    #expect(Self.rung("De gemeente heeft het plan gezamenlijk opgesteld voor bewoners.") < 4)
  }
}
