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

  /// Makes the reader ("u", "je", "you") the initiator once the plan has said
  /// its reader is the applicant ("u als aanvrager"): a guidance for
  /// initiators writes "Hoe u dat doet, mag u zelf bepalen", which is no
  /// say of the residents. The initiator organises participation, as the
  /// municipality does, so the reader counts with the government's side.
  /// Otherwise the reader is no actor: on a residents' page "u" is a
  /// resident, in a permit text the applicant.
  mutating func resolveSecondPerson(readerIsApplicant: Bool) {
    guard readerIsApplicant else { return }
    for span in spans(.secondPersonActor) {
      add(.governmentActor, span)
    }
  }

  /// The index of the word before `span`, over any words of `skipped`
  /// (determiners, articles); `nil` when only those stand before it.
  static func index(before span: Range<Int>, skipping skipped: Set<String>, in tokens: [Token])
    -> Int?
  {
    var index = span.lowerBound - 1
    while index >= 0, skipped.contains(tokens[index].folded) { index -= 1 }
    return index >= 0 ? index : nil
  }

  /// The conjunctions that join two actors into one subject, per language.
  static let conjunctions: [PlanLanguage: Set<String>] = [.nl: ["en"], .en: ["and"]]

  /// Marks each phrase of the government or another party that a conjunction
  /// joins to a resident phrase ("bewoners en gemeente", "de wijkraad en de
  /// gemeente", "the council and residents"): the two act together, so in
  /// ``actor(for:)`` that phrase does not take the subject from the residents.
  /// Call it once every hit is in, before ``seal(counting:)``.
  mutating func joinCoordinatedActors(tokens: [Token], language: PlanLanguage) {
    // Most sentences name no residents: they look up no word lists.
    let residents = spans(.residentActor)
    guard !residents.isEmpty, let conjunctions = Self.conjunctions[language] else { return }
    // An article may stand between the conjunction and the second actor.
    let articles = ResidentBodies.articles[language] ?? []
    // Where resident phrases end and start: each party looks only at the
    // few words beside it, so a sentence costs what its actors cost.
    let residentEnds = Set(residents.map(\.upperBound))
    let residentStarts = Set(residents.map(\.lowerBound))
    /// Whether the words from `start` up to `end` are a conjunction, and an
    /// article after it.
    func isJoint(_ start: Int, _ end: Int) -> Bool {
      guard start < end, end - start <= 2, conjunctions.contains(tokens[start].folded) else {
        return false
      }
      return tokens[(start + 1)..<end].allSatisfy { articles.contains($0.folded) }
    }
    for kind in [ContextKind.governmentActor, .otherActor] {
      for party in spans(kind) {
        let after = (1...2).contains { gap in
          residentEnds.contains(party.lowerBound - gap)
            && isJoint(party.lowerBound - gap, party.lowerBound)
        }
        let before = (1...2).contains { gap in
          residentStarts.contains(party.upperBound + gap)
            && isJoint(party.upperBound, party.upperBound + gap)
        }
        if after || before { markNotSubject(party) }
      }
    }
  }

  /// Prepositions after which the government receives the act or accompanies
  /// it ("advies aan het college", "advisors to the city", "samen met de
  /// gemeente", "together with the council", "alongside the council"), per
  /// language.
  static let obliqueMarkers: [PlanLanguage: Set<String>] = [
    .nl: ["aan", "voor", "met", "naast"], .en: ["to", "for", "with", "alongside"],
  ]
  /// Words that may stand between such a preposition and the party.
  static let determiners: [PlanLanguage: Set<String>] = [
    .nl: ["de", "het", "een", "haar", "zijn", "hun", "onze", "alle"],
    .en: ["the", "a", "its", "their", "our", "all"],
  ]

  /// Demonstratives that point back to something the text named before
  /// ("deze zienswijze", "de genoemde werkgroep", "this group"), per language.
  static let demonstratives: [PlanLanguage: Set<String>] = [
    .nl: ["deze", "die", "dit", "dat", "genoemde", "voornoemde", "bovengenoemde"],
    .en: ["this", "these", "that", "those", "said", "aforementioned"],
  ]

  /// Prepositions after which residents benefit from the act ("woningen voor
  /// iedereen", "homes for residents"), per language, and the infinitive
  /// markers after which they are the agent of a clause after all ("de
  /// mogelijkheid voor een ieder om te reageren", "for residents to comment").
  static let beneficiaryMarkers: [PlanLanguage: (prepositions: Set<String>, infinitive: String)] = [
    .nl: (["voor"], "om"), .en: (["for"], "to"),
  ]
  /// How many words after residents an infinitive marker may stand.
  static let infinitiveGap = 3

  /// Marks the actor phrases that are not the subject of the sentence's
  /// matches: the municipality "aan", "voor" or "met" whom something is done
  /// is its addressee or partner, and residents "voor" whom it is done are
  /// its beneficiaries, unless an infinitive clause of theirs follows ("voor
  /// een ieder om zienswijzen in te dienen"). Residents "met" whom a plan is
  /// made are its makers too, and every other party stays wherever it stands
  /// ("overleg met de provincie" is about the province). Call it once every
  /// hit is in, before ``seal(counting:)``.
  mutating func setAsideObliqueActors(tokens: [Token], language: PlanLanguage) {
    // Most sentences name neither party: they look up no word lists.
    let governments = spans(.governmentActor)
    let residents = spans(.residentActor)
    guard !governments.isEmpty || !residents.isEmpty else { return }
    let determiners = Self.determiners[language] ?? []
    /// The word before `span`, over any determiners.
    func preposition(before span: Range<Int>) -> String? {
      Self.index(before: span, skipping: determiners, in: tokens).map { tokens[$0].folded }
    }
    let markers = Self.obliqueMarkers[language] ?? []
    for span in governments {
      if let word = preposition(before: span), markers.contains(word) { markNotSubject(span) }
    }
    guard let beneficiary = Self.beneficiaryMarkers[language] else { return }
    for span in residents {
      guard let word = preposition(before: span), beneficiary.prepositions.contains(word) else {
        continue
      }
      let after = tokens[span.upperBound..<min(tokens.count, span.upperBound + Self.infinitiveGap)]
      if !after.contains(where: { $0.folded == beneficiary.infinitive }) { markNotSubject(span) }
    }
  }
}

extension SentenceContext {
  /// The most words from the end of residents to the conjunction that closes
  /// the list they open.
  static let listReach = 8

  /// Marks each phrase of the government or another party in a list which
  /// residents open, its items set apart by commas and closed by a
  /// conjunction ("de omwonenden, de ontwikkelaar en de gemeente hebben
  /// gezamenlijk …", "residents, businesses and the council"): the listed act
  /// together, so those phrases do not take the subject from the residents.
  /// The conjunction must not follow a comma (", en de gemeente heeft …"
  /// starts a clause of its own).
  /// Call it after ``joinCoordinatedActors(tokens:language:)``, before
  /// ``seal(counting:)``; `text` is the sentence the tokens' offsets are in.
  mutating func joinListedActors(
    tokens: [Token], text: Substring, language: PlanLanguage, counting counter: WorkCounter?
  ) {
    // Most sentences name no residents: they look up no word lists.
    let residents = spans(.residentActor)
    guard !residents.isEmpty, let conjunctions = Self.conjunctions[language] else { return }
    let articles = ResidentBodies.articles[language] ?? []
    // Each party looks at most ``listReach`` words back, and every listed
    // stretch of words is gone through once, so a sentence costs what its
    // length and its actors cost.
    let residentEnds = Set(residents.map(\.upperBound))
    let parties = spans(.governmentActor) + spans(.otherActor)
    var breaks: ClauseBreaks?
    var listed = Set<Int>()
    for party in parties where !notSubjects.contains(party) {
      guard let conjunction = Self.index(before: party, skipping: articles, in: tokens),
        conjunction > 0, conjunctions.contains(tokens[conjunction].folded),
        let opener = (max(0, conjunction - Self.listReach)..<conjunction).first(where: {
          residentEnds.contains($0)
        })
      else { continue }
      let clauses = breaks ?? ClauseBreaks(tokens: tokens, text: text, counting: counter)
      breaks = clauses
      guard clauses.end(after: (opener - 1)..<opener) == opener,
        clauses.start(before: conjunction..<(conjunction + 1)) < conjunction
      else { continue }
      // The party closes the list; the parties listed before it go with it.
      listed.formUnion(opener..<party.upperBound)
    }
    guard !listed.isEmpty else { return }
    for party in parties where listed.contains(party.lowerBound) {
      markNotSubject(party)
    }
  }
}
