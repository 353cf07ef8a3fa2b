import PlanReading

extension SentenceContext {
  /// Files the first person ("wij", "we") under the residents when the plan
  /// has said its authors are residents, and under the government otherwise
  /// (most plans are written by the municipality). Call it once every hit is
  /// in, before ``joinCoordinatedActors(tokens:language:)``.
  mutating func resolveFirstPerson(authorsAreResidents: Bool) {
    for span in spans(.firstPersonActor) {
      add(authorsAreResidents ? .residentActor : .governmentActor, span)
    }
  }

  /// The conjunctions that join two actors into one subject, per language.
  static let conjunctions: [PlanLanguage: Set<String>] = [.nl: ["en"], .en: ["and"]]

  /// Marks each phrase of the government or another party that a conjunction
  /// joins to a resident phrase ("bewoners en gemeente", "de wijkraad en de
  /// gemeente", "the council and residents"): the two act together, so in
  /// ``actor(for:)`` that phrase does not take the subject from the residents.
  /// Call it once every hit is in, before ``seal(counting:)``.
  mutating func joinCoordinatedActors(tokens: [Token], language: PlanLanguage) {
    guard let conjunctions = Self.conjunctions[language] else { return }
    // An article may stand between the conjunction and the second actor.
    let articles = ResidentBodies.articles[language] ?? []
    let residents = spans(.residentActor)
    guard !residents.isEmpty else { return }
    /// Whether only a conjunction, and an article after it, stands between.
    func joined(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
      guard first.upperBound < second.lowerBound, second.lowerBound - first.upperBound <= 2
      else { return false }
      let between = tokens[first.upperBound..<second.lowerBound]
      guard let conjunction = between.first, conjunctions.contains(conjunction.folded) else {
        return false
      }
      return between.dropFirst().allSatisfy { articles.contains($0.folded) }
    }
    for kind in [ContextKind.governmentActor, .otherActor] {
      for party in spans(kind)
      where residents.contains(where: { joined($0, party) || joined(party, $0) }) {
        markNotSubject(party)
      }
    }
  }

  /// Prepositions after which a party receives the act or benefits from it
  /// ("advies aan het college", "advisors to the city", "een budget voor
  /// bewoners"), per language.
  static let recipientMarkers: [PlanLanguage: Set<String>] = [
    .nl: ["aan", "voor"], .en: ["to", "for"],
  ]
  /// Prepositions after which a party accompanies the act ("samen met de
  /// gemeente", "together with the council"), per language.
  static let partnerMarkers: [PlanLanguage: Set<String>] = [.nl: ["met"], .en: ["with"]]
  /// Words that may stand between such a preposition and the party.
  static let determiners: [PlanLanguage: Set<String>] = [
    .nl: ["de", "het", "een", "haar", "zijn", "hun", "onze", "alle"],
    .en: ["the", "a", "its", "their", "our", "all"],
  ]

  /// Marks the actor phrases that stand after a preposition of receiving or
  /// accompanying: they are not the subject of the sentence's matches. The
  /// government "aan", "voor" or "met" whom something is done is its
  /// addressee or partner; residents "aan" or "voor" whom it is done are its
  /// beneficiaries. Residents "met" whom a plan is made are its makers too,
  /// so they stay; and another party stays wherever it stands, because a
  /// sentence about consulting it ("overleg met de provincie") is about that
  /// party, not about residents. Call it once every hit is in, before
  /// ``seal(counting:)``.
  mutating func setAsideObliqueActors(tokens: [Token], language: PlanLanguage) {
    let recipients = Self.recipientMarkers[language] ?? []
    let partners = Self.partnerMarkers[language] ?? []
    let determiners = Self.determiners[language] ?? []
    /// The preposition before `span`, over any determiners.
    func preposition(before span: Range<Int>) -> String? {
      var index = span.lowerBound - 1
      while index >= 0, determiners.contains(tokens[index].folded) { index -= 1 }
      return index >= 0 ? tokens[index].folded : nil
    }
    for kind in [ContextKind.governmentActor, .residentActor] {
      let markers = kind == .residentActor ? recipients : recipients.union(partners)
      for span in spans(kind) {
        if let word = preposition(before: span), markers.contains(word) { markNotSubject(span) }
      }
    }
  }
}
