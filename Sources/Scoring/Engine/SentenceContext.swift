import PlanReading

/// The context-list hits of one sentence, and the context tests built on them.
///
/// Once every hit is in, ``seal()`` sorts them into ``SpanIndex``es, so that
/// each test costs a few binary searches instead of a look at every hit of the
/// sentence: a sentence with many matches and many hits costs what its length
/// costs.
struct SentenceContext {
  /// The hits of each list by its ``ContextKind`` raw value (arrays, not
  /// dictionaries, so a look-up hashes nothing); empty until the first hit.
  private var spansByKind: [[Range<Int>]] = []
  /// The actor phrases that cannot be the subject of a match: the
  /// government's and other parties' phrases joined to residents by a
  /// conjunction, the government receiving or accompanying the act, and
  /// residents who only benefit from it (see
  /// ``joinCoordinatedActors(tokens:language:)`` and
  /// ``setAsideObliqueActors(tokens:language:)``).
  private(set) var notSubjects: Set<Range<Int>> = []
  /// The resident phrases outside other actors' phrases, once sealed.
  private var residents: [Range<Int>]?
  /// The sorted hits of the lists the tests use, set by ``seal()`` for a
  /// sentence with hits; `nil` before, and for a sentence without any.
  private var indexes: Indexes?

  /// The six sorted lists the tests read, in one object: a sentence's
  /// context, made, copied and freed for every sentence, then holds one
  /// reference, or none for a sentence without hits.
  private final class Indexes {
    /// The negations.
    let negations: SpanIndex
    /// The clause-final negations.
    let clauseFinalNegations: SpanIndex
    /// The hedges.
    let hedges: SpanIndex
    /// The resident phrases that may be a subject.
    let residentSubjects: SpanIndex
    /// The government phrases that may be a subject.
    let governmentSubjects: SpanIndex
    /// The phrases of other parties that may be a subject.
    let otherSubjects: SpanIndex

    init(
      negations: SpanIndex, clauseFinalNegations: SpanIndex, hedges: SpanIndex,
      residentSubjects: SpanIndex, governmentSubjects: SpanIndex, otherSubjects: SpanIndex
    ) {
      self.negations = negations
      self.clauseFinalNegations = clauseFinalNegations
      self.hedges = hedges
      self.residentSubjects = residentSubjects
      self.governmentSubjects = governmentSubjects
      self.otherSubjects = otherSubjects
    }
  }

  /// How many kinds of list there are.
  private static let kindCount = ContextKind.allCases.count

  /// Records a hit of a context list.
  mutating func add(_ kind: ContextKind, _ span: Range<Int>) {
    if spansByKind.isEmpty {
      spansByKind = Array(repeating: [], count: Self.kindCount)
    }
    spansByKind[kind.rawValue].append(span)
  }

  /// Every hit of one list, in the order they came in.
  private func hits(_ kind: ContextKind) -> [Range<Int>] {
    spansByKind.isEmpty ? [] : spansByKind[kind.rawValue]
  }

  /// Records that an actor phrase is not the subject of any match in the
  /// sentence (it acts with residents, or receives or accompanies the act).
  mutating func markNotSubject(_ span: Range<Int>) {
    notSubjects.insert(span)
  }

  /// Prepares the tests; called once every hit is in, before any test.
  /// - Parameter counter: Where the tests count their steps, if anywhere.
  mutating func seal(counting counter: WorkCounter? = nil) {
    // Most sentences have no hit: their indexes stay the empty ones they
    // start with (an empty index counts no steps).
    guard !spansByKind.isEmpty else {
      residents = []
      return
    }
    let residents = spans(.residentActor)
    self.residents = residents
    // Sentences without an actor set aside need no filtering.
    let notSubjects = self.notSubjects
    func subjects(_ spans: [Range<Int>]) -> [Range<Int>] {
      notSubjects.isEmpty ? spans : spans.filter { !notSubjects.contains($0) }
    }
    indexes = Indexes(
      negations: SpanIndex(hits(.negation), counting: counter),
      clauseFinalNegations: SpanIndex(hits(.clauseFinalNegation), counting: counter),
      hedges: SpanIndex(hits(.hedge), counting: counter),
      residentSubjects: SpanIndex(subjects(residents), counting: counter),
      governmentSubjects: SpanIndex(subjects(hits(.governmentActor)), counting: counter),
      otherSubjects: SpanIndex(subjects(hits(.otherActor)), counting: counter))
  }

  /// The sorted hits of a list the tests use (empty before ``seal()``): the
  /// negations, clause-final negations and hedges, and the actors' phrases
  /// that may be a subject; no other list has an index.
  func index(_ kind: ContextKind) -> SpanIndex {
    guard let indexes else { return SpanIndex([]) }
    switch kind {
    case .negation: return indexes.negations
    case .clauseFinalNegation: return indexes.clauseFinalNegations
    case .hedge: return indexes.hedges
    case .residentActor: return indexes.residentSubjects
    case .governmentActor: return indexes.governmentSubjects
    case .otherActor: return indexes.otherSubjects
    default: return SpanIndex([])
    }
  }

  /// The hits of one context list. Resident phrases that stand inside an
  /// other actor's phrase ("bewoners" in "bewoners van de woning") are left
  /// out: there they name the applicant, not the residents.
  func spans(_ kind: ContextKind) -> [Range<Int>] {
    let spans = hits(kind)
    guard kind == .residentActor else { return spans }
    let others = hits(.otherActor)
    guard !others.isEmpty else { return spans }
    if let residents { return residents }
    let inside = SpanIndex(others)
    return spans.filter { !inside.hasSpan(containing: $0) }
  }

  /// Whether a context list has any hit in the sentence.
  func has(_ kind: ContextKind) -> Bool {
    !spans(kind).isEmpty
  }

  /// The actor the sentence is about, for the sentences after it that name
  /// none: the first actor named in it, or `nil` when it names none.
  var topicActor: EvidenceContext.Actor? {
    let candidates: [(ContextKind, EvidenceContext.Actor)] = [
      (.residentActor, .residents), (.governmentActor, .government), (.otherActor, .other),
    ]
    var first: (start: Int, actor: EvidenceContext.Actor)?
    for (kind, actor) in candidates {
      for span in spans(kind) where span.lowerBound < first?.start ?? Int.max {
        first = (span.lowerBound, actor)
      }
    }
    return first?.actor
  }

  // MARK: - Tests

  /// Whether the match is negated: a negation within `window` words before it,
  /// a negation inside a proximity match's span, or a negation at the end of
  /// the clause the match stands in: the last word, or one word before the
  /// end when it follows the match closely ("bewoners beslissen hierover niet",
  /// "zelfbeheer is niet mogelijk"; not "bewoners die het formulier niet
  /// begrijpen").
  func isNegated(
    _ match: Range<Int>, window: Int, clauses: ClauseBreaks?, spanMayHoldNegation: Bool
  ) -> Bool {
    let negations = index(.negation)
    if let end = negations.nearestUpperBound(atMost: match.lowerBound),
      match.lowerBound - end < window
    {
      return true
    }
    if spanMayHoldNegation,
      negations.hasSpan(startingAfter: match.lowerBound, endingBefore: match.upperBound)
    {
      return true
    }
    let finals = index(.clauseFinalNegation)
    guard !finals.isEmpty, let clauses else { return false }
    let clauseEnd = clauses.end(after: match)
    // Both tests need the negation to end at the clause end or one word before.
    return finals.spans(endingIn: (clauseEnd - 1)...clauseEnd).contains { negation in
      guard negation.lowerBound >= match.upperBound, negation.upperBound <= clauseEnd else {
        return false
      }
      let endsClause = negation.upperBound == clauseEnd
      let closeBehind =
        clauseEnd - negation.upperBound <= 1 && negation.lowerBound - match.upperBound <= 2
      return endsClause || closeBehind
    }
  }

  /// Whether the match's clause is negated at its modal verb: "kunnen helaas
  /// niet reageren op het verzoek … om zienswijzen", "could not take part in
  /// the workshops or the survey". A negation that follows a modal or
  /// auxiliary verb (at most ``modalGap`` words between) negates its clause, so
  /// it counts for a match later in the same clause however far behind it
  /// stands (up to ``modalReach`` words); "niet alleen" ("not only") does not.
  func isNegatedAtModal(
    _ match: Range<Int>, tokens: [Token], clauses: ClauseBreaks, language: PlanLanguage
  ) -> Bool {
    guard let modals = Self.modalVerbs[language] else { return false }
    let clauseStart = clauses.start(before: match)
    let reach = max(clauseStart, match.lowerBound - Self.modalReach)
    guard reach <= match.lowerBound else { return false }
    return index(.negation).spans(endingIn: reach...match.lowerBound).contains { negation in
      guard negation.lowerBound >= clauseStart, negation.upperBound < tokens.count,
        !Self.restrictors.contains(tokens[negation.upperBound].folded)
      else { return false }
      let before = max(clauseStart, negation.lowerBound - Self.modalGap - 1)..<negation.lowerBound
      return tokens[before].contains { modals.contains($0.folded) }
    }
  }

  /// How many words before a match a negation at a modal verb still counts.
  static let modalReach = 12
  /// How many words may stand between the modal verb and the negation
  /// ("kunnen dit jaar helaas niet").
  static let modalGap = 3

  /// Modal and auxiliary verbs whose negation negates their clause, per
  /// language.
  static let modalVerbs: [PlanLanguage: Set<String>] = [
    .nl: [
      "kunnen", "kan", "kon", "konden", "mogen", "mag", "mocht", "mochten", "hoeven", "hoeft",
      "hoefde", "hoefden", "willen", "wil", "wilde", "wilden",
    ],
    .en: ["can", "could", "may", "might", "must", "should", "would", "did", "does", "do"],
  ]
  /// Words after a negation that make it restrict rather than negate ("niet
  /// alleen", "not only").
  static let restrictors: Set<String> = ["alleen", "enkel", "uitsluitend", "only", "just"]

  /// Whether a hedge stands in the sentence, outside the match itself.
  func isHedged(outside match: Range<Int>) -> Bool {
    index(.hedge).hasSpan(outside: match)
  }

  /// The likely subject of the match: the actor nearest to it, preferring one
  /// before it on a tie; residents inside the match win. The government's or
  /// another party's words in the match are the indicator's own ("als
  /// gelijkwaardige partner", "mede-eigenaar") and no actor. The government or
  /// another party joined to residents by a conjunction acts with them and
  /// does not take the subject from them.
  func actor(for match: Range<Int>) -> EvidenceContext.Actor {
    var best: (distance: Int, actor: EvidenceContext.Actor)?
    let candidates: [(ContextKind, EvidenceContext.Actor)] = [
      (.residentActor, .residents), (.governmentActor, .government), (.otherActor, .other),
    ]
    for (kind, actor) in candidates {
      // Twice the words between, plus one after the match: before wins a tie.
      let spans = index(kind)
      guard
        let distance = kind == .residentActor
          ? spans.distance(to: match) : spans.distance(toLeavingOutOverlapping: match)
      else { continue }
      if distance < best?.distance ?? Int.max {
        best = (distance, actor)
      }
    }
    return best?.actor ?? .none
  }
}
