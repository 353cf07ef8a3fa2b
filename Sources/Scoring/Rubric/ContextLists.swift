/// The word lists of one language that the context tests use (negation,
/// hedging, actors, tense, specific references, resident bodies). Every entry is a phrase in
/// the indicator syntax, so `bewoner*` and `nog niet` work.
public struct ContextLists: Sendable, Equatable {
  /// Words that negate a match standing within the negation window after them.
  public var negations: [String]
  /// Words that negate a match when they end its clause ("… hierover niet").
  public var clauseFinalNegations: [String]
  /// Words that make a statement hedged ("waar mogelijk", "in principe").
  public var hedges: [String]
  /// Residents, their organisations and the public.
  public var residentActors: [String]
  /// The municipality and other authorities.
  public var governmentActors: [String]
  /// Words that mark a statement as a promise about the future.
  public var futureMarkers: [String]
  /// Words that mark a statement as something that happened.
  public var pastMarkers: [String]
  /// Named bodies and documents that make a statement checkable.
  public var specificReferences: [String]
  /// Head nouns of organisations that can be the residents' own body
  /// ("trust", "stichting", "*coöperatie"): a proper name holding one becomes a
  /// resident actor once a sentence ties it to residents (see
  /// ``residentBodyTies``), and so does the noun after an article from then on.
  public var residentBodyNouns: [String]
  /// Phrases that tie a named body before them to the residents after them
  /// ("owned by", "run by", "opgericht door", "bestaande uit", "van en voor").
  public var residentBodyTies: [String]

  /// Creates the lists; every list is empty unless given.
  public init(
    negations: [String] = [], clauseFinalNegations: [String] = [], hedges: [String] = [],
    residentActors: [String] = [], governmentActors: [String] = [],
    futureMarkers: [String] = [], pastMarkers: [String] = [], specificReferences: [String] = [],
    residentBodyNouns: [String] = [], residentBodyTies: [String] = []
  ) {
    self.negations = negations
    self.clauseFinalNegations = clauseFinalNegations
    self.hedges = hedges
    self.residentActors = residentActors
    self.governmentActors = governmentActors
    self.futureMarkers = futureMarkers
    self.pastMarkers = pastMarkers
    self.specificReferences = specificReferences
    self.residentBodyNouns = residentBodyNouns
    self.residentBodyTies = residentBodyTies
  }
}
