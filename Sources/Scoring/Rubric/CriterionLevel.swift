/// What earns a criterion one level of the scale, and what to add for the next.
public struct CriterionLevel: Sendable, Equatable {
  /// The scale value.
  public var value: Int
  /// What a plan at this level contains.
  public var description: LocalizedText
  /// What to add to reach the next level; `nil` on the highest level.
  public var advice: LocalizedText?

  /// Creates a criterion level.
  public init(value: Int, description: LocalizedText, advice: LocalizedText? = nil) {
    self.value = value
    self.description = description
    self.advice = advice
  }
}
