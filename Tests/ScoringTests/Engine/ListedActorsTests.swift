import PlanReading
import Testing

@testable import Scoring

/// ``SentenceContext/joinListedActors(tokens:text:language:counting:)``: a
/// list that residents open and a conjunction closes acts together, so the
/// government or another party in it does not take the act from the residents.
@Suite struct ListedActorsTests {
  /// The rung the default rubric gives a one-paragraph plan.
  static func rung(_ paragraph: String, language: PlanLanguage) -> Int {
    ResidentBodiesTests.score([paragraph], language: language).ladder.rung
  }

  /// Residents who open the list make it a joint act, whoever is listed after them.
  @Test(arguments: [
    (
      "Tijdens het traject hebben de omwonenden, de ontwikkelaar, het stedenbouwkundig bureau "
        + "en de gemeente gezamenlijk een stedenbouwkundig plan ontwikkeld.", PlanLanguage.nl
    ),
    ("De bewoners, ondernemers en de gemeente hebben samen het ontwerp gemaakt.", .nl),
    ("Residents, local businesses and the council jointly developed the plan.", .en),
  ])
  func listsResidentsOpenAreJoint(_ sentence: String, _ language: PlanLanguage) {
    #expect(Self.rung(sentence, language: language) == 4)
  }

  /// A list without residents, a conjunction that starts a clause of its own
  /// (after a comma), or residents too far before it join nothing.
  @Test(arguments: [
    (
      "De gemeente, de provincie en het waterschap hebben samen het plan opgesteld.",
      PlanLanguage.nl
    ),
    (
      "Bewoners zijn geïnformeerd, en de gemeente heeft samen met de provincie het plan opgesteld.",
      .nl
    ),
  ])
  func otherListsAreNotJoint(_ sentence: String, _ language: PlanLanguage) {
    #expect(Self.rung(sentence, language: language) < 4)
  }

  /// The test itself: only parties in a comma list closed by a conjunction
  /// that residents open are set aside.
  @Test func marksOnlyTheListedParties() {
    let analyzer = TextAnalyzer(language: .nl)
    let text = "De bewoners, de ontwikkelaar en de gemeente overleggen; de provincie kijkt toe."[
      ...]
    let tokens = analyzer.tokens(in: text)
    var context = SentenceContext()
    func span(_ word: String) -> Range<Int> {
      let index = tokens.firstIndex { $0.folded == word }!
      return index..<(index + 1)
    }
    context.add(.residentActor, span("bewoners"))
    context.add(.otherActor, span("ontwikkelaar"))
    context.add(.governmentActor, span("gemeente"))
    context.add(.otherActor, span("provincie"))
    context.joinListedActors(tokens: tokens, text: text, language: .nl, counting: nil)
    #expect(context.notSubjects == [span("ontwikkelaar"), span("gemeente")])
  }
}
