/// A sentence from the plan that an indicator matched, with where it stands and
/// what the context tests found. A resident can look it up and check it.
public struct Evidence: Sendable, Codable, Equatable {
  /// The sentence (at most about 300 characters; longer ones are cut around
  /// the match with `…`).
  public var quote: String
  /// The words the indicator matched, as they stand in the plan.
  public var matched: String
  /// The titles of the sections the sentence stands in.
  public var headingPath: [String]
  /// The 1-based line of the block in the plan file.
  public var line: Int
  /// The 1-based column of the block in the plan file.
  public var column: Int
  /// For XML: the element path of the block.
  public var elementPath: String?
  /// For PDF: the 1-based page the block starts on, encoded only when present.
  ///
  /// `line` is then the line on that page.
  public var page: Int?
  /// The id of the indicator group that matched.
  public var group: String
  /// The indicator's phrase as written in the rubric (with `near` when used).
  public var indicator: String
  /// The ladder rung the indicator signals, if any.
  public var rung: Int?
  /// The context tests.
  public var context: EvidenceContext
  /// The conditions the match failed; empty when it counted.
  public var failed: [String]

  enum CodingKeys: String, CodingKey {
    case quote, matched
    case headingPath = "heading_path"
    case line, column
    case elementPath = "element_path"
    case page, group, indicator, rung, context, failed
  }
}

/// What the context tests found around a match.
public struct EvidenceContext: Sendable, Codable, Equatable {
  /// A negation stands before the match or ends its clause.
  public var negated: Bool
  /// A hedge ("waar mogelijk", "in principe") stands in the sentence.
  public var hedged: Bool
  /// Who is the likely subject: `residents`, `government`, `other` or `none`.
  public var actor: Actor
  /// Where the actor was found when the sentence names none itself: the
  /// sentence before it in the paragraph, the lead-in of a list, or a
  /// heading. `nil` when the sentence names its own actor (or none is known).
  public var actorFrom: ActorSource?
  /// Whether the sentence reports something done, promises it, or neither.
  public var tense: Tense
  /// The specific details in the match's sentence (amounts, dates, numbers,
  /// named bodies or documents).
  public var specifics: [String]

  /// The likely subject of a match.
  public enum Actor: String, Sendable, Codable {
    /// Residents, their organisations, the public.
    case residents
    /// The municipality (or the authority making the plan).
    case government
    /// An applicant, owner, developer, company, utility or other authority.
    case other
    /// No actor found.
    case none
  }

  /// Where an actor found outside the sentence came from.
  public enum ActorSource: String, Sendable, Codable {
    /// An earlier sentence of the same paragraph ("Zij …" after "De bewoners …").
    case previousSentence = "previous_sentence"
    /// The sentence that introduces a list ("Omwonenden konden:").
    case leadIn = "lead_in"
    /// A heading above the sentence ("Overleg met omwonenden").
    case heading
    /// The kind of section: in a section on consultation of other
    /// authorities (vooroverleg), a sentence without an actor is about them.
    case section
  }

  enum CodingKeys: String, CodingKey {
    case negated, hedged, actor
    case actorFrom = "actor_from"
    case tense, specifics
  }

  /// Done, promised, or unmarked.
  public enum Tense: String, Sendable, Codable {
    case done, promised, unmarked
  }
}
