import PlanReading

/// A named group of indicators: the vocabulary that rules refer to by id.
public struct IndicatorGroup: Sendable, Equatable {
  /// The group's id, `[a-z0-9-]+`, unique in the rubric.
  public var id: String
  /// What the group's indicators show.
  public var description: LocalizedText
  /// Whether matches are evidence (`positive`) or a sign of fake participation.
  public var polarity: Polarity
  /// The default rung of the group's indicators, or `nil`.
  public var rung: Int?
  /// Conditions every match of this group must meet to count at all.
  public var require: [Condition]
  /// The indicators, per language.
  public var indicators: [PlanLanguage: [Indicator]]
  /// Sentences that must and must not give a counting match, per language.
  public var examples: [PlanLanguage: GroupExamples]

  /// Creates a group.
  public init(
    id: String, description: LocalizedText, polarity: Polarity = .positive, rung: Int? = nil,
    require: [Condition] = [], indicators: [PlanLanguage: [Indicator]],
    examples: [PlanLanguage: GroupExamples] = [:]
  ) {
    self.id = id
    self.description = description
    self.polarity = polarity
    self.rung = rung
    self.require = require
    self.indicators = indicators
    self.examples = examples
  }

  /// The rung a match of `indicator` signals: the indicator's own, else the group's.
  public func rung(of indicator: Indicator) -> Int? {
    indicator.rung ?? rung
  }

  /// The polarity of a match of `indicator`: the indicator's own, else the group's.
  public func polarity(of indicator: Indicator) -> Polarity {
    indicator.polarity ?? polarity
  }
}
