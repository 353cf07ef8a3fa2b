import PlanReading

/// A scoring rubric: the criteria, the vocabulary, the rules that decide a
/// level, the weights and the grade guards, loaded from one JSON file
/// (see `docs/rubric-format.md`).
public struct Rubric: Sendable, Equatable {
  /// The only rubric format version this scorecard reads.
  public static let supportedFormat = 1
  /// The default for `negationWindow`.
  public static let defaultNegationWindow = 5

  /// The format version of the file; always `supportedFormat` once loaded.
  public var format: Int
  /// The rubric's id, `[a-z0-9-]+`, such as `lsa-participatie`.
  public var id: String
  /// The rubric's own version, such as `1.0.0`.
  public var version: String
  /// The languages every text and the vocabulary carry.
  public var languages: [PlanLanguage]
  /// The language reports use unless told otherwise; one of `languages`.
  public var defaultLanguage: PlanLanguage
  /// The rubric's title.
  public var title: LocalizedText
  /// What the rubric measures.
  public var description: LocalizedText
  /// The levels a criterion can get.
  public var scale: Scale
  /// The participation ladder, lowest rung first.
  public var ladder: [LadderRung]
  /// The word lists for the context tests, per language.
  public var context: [PlanLanguage: ContextLists]
  /// A match is negated when a negation stands within this many words before it.
  public var negationWindow: Int
  /// The vocabulary: named groups of indicators.
  public var groups: [IndicatorGroup]
  /// What is scored.
  public var criteria: [Criterion]
  /// The pass mark and the grade guards.
  public var aggregation: Aggregation
  /// The SHA-256 of the file's bytes, in lower-case hex; empty for a rubric
  /// built in code.
  public var contentHash: String

  /// Creates a rubric from its parts; `RubricValidator` checks it.
  public init(
    format: Int = Rubric.supportedFormat, id: String, version: String,
    languages: [PlanLanguage], defaultLanguage: PlanLanguage,
    title: LocalizedText, description: LocalizedText, scale: Scale, ladder: [LadderRung],
    context: [PlanLanguage: ContextLists], negationWindow: Int = Rubric.defaultNegationWindow,
    groups: [IndicatorGroup], criteria: [Criterion], aggregation: Aggregation,
    contentHash: String = ""
  ) {
    self.format = format
    self.id = id
    self.version = version
    self.languages = languages
    self.defaultLanguage = defaultLanguage
    self.title = title
    self.description = description
    self.scale = scale
    self.ladder = ladder
    self.context = context
    self.negationWindow = negationWindow
    self.groups = groups
    self.criteria = criteria
    self.aggregation = aggregation
    self.contentHash = contentHash
  }

  // MARK: - Lookup

  /// The group with this id, or `nil`.
  public func group(id: String) -> IndicatorGroup? {
    groups.first { $0.id == id }
  }

  /// The criterion with this id, or `nil`.
  public func criterion(id: String) -> Criterion? {
    criteria.first { $0.id == id }
  }

  /// The ladder rung with this number, or `nil`.
  public func rung(_ number: Int) -> LadderRung? {
    ladder.first { $0.rung == number }
  }
}
