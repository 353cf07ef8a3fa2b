/// What a pattern id in a compiled matcher stands for: an indicator of the
/// rubric's vocabulary, or a phrase of one of its context word lists.
enum PatternRole: Sendable, Equatable {
  /// Indicator `indicator` of group `group` (indices into the rubric).
  case indicator(group: Int, indicator: Int)
  /// A phrase of a context word list.
  case context(ContextKind)
}

/// The context word lists of a rubric, as the engine uses them.
enum ContextKind: Int, Sendable, Equatable, CaseIterable {
  case negation
  case clauseFinalNegation
  case hedge
  case residentActor
  case governmentActor
  /// The first person plural: the government, or residents once the plan
  /// has said its authors are residents.
  case firstPersonActor
  case authorResidents
  /// The second person, the reader: no actor, or the initiator once the plan
  /// has said its reader is the applicant.
  case secondPersonActor
  case readerApplicant
  case future
  case past
  case specificReference
  case residentBodyNoun
  case residentBodyTie
  case residentBodyFounding
  case otherActor
  case participationSection
  case authoritySection
  case setAsideSection
  /// A title of the document's apparatus: sets its section aside only as the
  /// heading's whole title.
  case setAsideTitle
  /// The title of a table of contents: as ``setAsideTitle``, but its part
  /// ends at the first paragraph of running text.
  case contentsTitle
  case setAsideMarker
  /// The name of a rung of the rubric's ladder (its label, such as
  /// `raadplegen` or `co-deciding`); not a list of the rubric's context.
  case rungName
}
