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
        markCoordinated(party)
      }
    }
  }
}
