/// The word lists of one language that the context tests use (negation,
/// hedging, actors, tense, specific references, resident bodies, document
/// zones). Every entry is a phrase in
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
  /// The first person plural ("wij", "we"): the authors. They are the
  /// government, as the authors of most plans are, unless the plan says the
  /// authors are residents (see ``authorResidents``).
  public var firstPersonActors: [String]
  /// Phrases by which the authors say they are residents ("wij zijn
  /// bewoners", "we are a group of local residents"): from the sentence
  /// holding one on, ``firstPersonActors`` are residents.
  public var authorResidents: [String]
  /// The second person, the reader: "u", "je", "you". No actor by
  /// themselves, until the plan says its reader is the applicant (see
  /// ``readerApplicant``).
  public var secondPersonActors: [String]
  /// Phrases by which a plan says its reader is the applicant or initiator
  /// ("u als aanvrager", "u als initiatiefnemer", "you as the applicant"):
  /// from the sentence holding one on, ``secondPersonActors`` are the
  /// initiator, who organises participation and is no resident.
  public var readerApplicant: [String]
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
  /// Verbs by which residents named before a body noun found it ("opgericht",
  /// "gevormd", "set up", "founded"): "twintig inwoners hebben een werkgroep
  /// gevormd", "residents set up the Trust". The verb may stand between the
  /// residents and the body or right after the body.
  public var residentBodyFoundings: [String]
  /// People and bodies that are neither the residents nor the municipality
  /// acting for them: the applicant or initiator, owners and occupants of the
  /// one property a plan is about, developers, companies, utilities and
  /// other authorities ("aanvrager", "netbeheerder", "bewoners van de woning").
  /// A resident phrase inside one of these ("bewoners" in "bewoners van de
  /// woning") does not count as residents.
  public var otherActors: [String]
  /// Words in a heading that mark the part of a plan where participation is
  /// reported ("inspraak", "participatie", "maatschappelijke uitvoerbaarheid",
  /// "consultation"). Evidence from these sections is shown first.
  public var participationSections: [String]
  /// Words in a heading that mark consultation of other authorities, not of
  /// residents ("vooroverleg", "overleg ex artikel 3.1.1"). In these sections
  /// a sentence without an actor of its own is taken to be about those
  /// authorities.
  public var authoritySections: [String]
  /// Words in a heading that mark a part that is never evidence: legal
  /// protection, welstand, summaries of other policy ("rechtsbescherming",
  /// "welstandsnota", "provinciaal beleid").
  public var setAsideSections: [String]
  /// Titles of the parts of a document's apparatus that are never evidence
  /// ("inhoudsopgave", "leeswijzer", "bronnen", "contents"): they set a
  /// section aside only when they are its heading's whole title (section
  /// numbers apart), so that "Naar de inhoud", "Inhoud van de regeling" or
  /// "Bronnen van inkomsten" do not.
  public var setAsideTitles: [String]
  /// Titles of a table of contents ("inhoud", "inhoudsopgave", "contents"):
  /// like ``setAsideTitles``, but the part they open ends at the first
  /// paragraph of running text, since a web page or a document without
  /// headings puts its whole text right under a bare "Inhoud" line.
  public var contentsTitles: [String]
  /// Words that mark a sentence as never evidence: appeal and procedure
  /// boilerplate and reading-guide sentences ("beroep instellen",
  /// "raad van state", "in hoofdstuk").
  public var setAsideMarkers: [String]

  /// Creates the lists; every list is empty unless given.
  public init(
    negations: [String] = [], clauseFinalNegations: [String] = [], hedges: [String] = [],
    residentActors: [String] = [], governmentActors: [String] = [],
    firstPersonActors: [String] = [], authorResidents: [String] = [],
    secondPersonActors: [String] = [], readerApplicant: [String] = [],
    futureMarkers: [String] = [], pastMarkers: [String] = [], specificReferences: [String] = [],
    residentBodyNouns: [String] = [], residentBodyTies: [String] = [],
    residentBodyFoundings: [String] = [],
    otherActors: [String] = [], participationSections: [String] = [],
    authoritySections: [String] = [], setAsideSections: [String] = [],
    setAsideTitles: [String] = [], contentsTitles: [String] = [],
    setAsideMarkers: [String] = []
  ) {
    self.negations = negations
    self.clauseFinalNegations = clauseFinalNegations
    self.hedges = hedges
    self.residentActors = residentActors
    self.governmentActors = governmentActors
    self.firstPersonActors = firstPersonActors
    self.authorResidents = authorResidents
    self.secondPersonActors = secondPersonActors
    self.readerApplicant = readerApplicant
    self.futureMarkers = futureMarkers
    self.pastMarkers = pastMarkers
    self.specificReferences = specificReferences
    self.residentBodyNouns = residentBodyNouns
    self.residentBodyTies = residentBodyTies
    self.residentBodyFoundings = residentBodyFoundings
    self.otherActors = otherActors
    self.participationSections = participationSections
    self.authoritySections = authoritySections
    self.setAsideSections = setAsideSections
    self.setAsideTitles = setAsideTitles
    self.contentsTitles = contentsTitles
    self.setAsideMarkers = setAsideMarkers
  }
}
