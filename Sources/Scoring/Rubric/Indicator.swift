/// One entry of a group's vocabulary: a phrase, optionally with a second
/// phrase that must stand near it. Written in a rubric as a plain string (the
/// phrase) or as an object with `phrase`, `near`, `within`, `ordered`, `rung`
/// and `polarity`.
public struct Indicator: Sendable, Equatable {
  /// The default for `within`: at most this many words between the phrases.
  public static let defaultWithin = 8

  /// The phrase, in the indicator syntax (`bewoner*`, `*budget`, `nog niet`).
  public var phrase: String
  /// A second phrase that must occur in the same sentence, or `nil`.
  public var near: String?
  /// With `near`: at most this many words between the two phrases.
  public var within: Int
  /// With `near`: `phrase` must come first.
  public var ordered: Bool
  /// The ladder rung this indicator signals; overrides the group's rung.
  public var rung: Int?
  /// The polarity of this indicator; overrides the group's polarity.
  public var polarity: Polarity?

  /// Creates an indicator; only the phrase is required.
  public init(
    phrase: String, near: String? = nil, within: Int = Indicator.defaultWithin,
    ordered: Bool = false, rung: Int? = nil, polarity: Polarity? = nil
  ) {
    self.phrase = phrase
    self.near = near
    self.within = within
    self.ordered = ordered
    self.rung = rung
    self.polarity = polarity
  }
}
