/// One level of the scale, such as 2 "concreet en controleerbaar".
public struct ScaleLevel: Sendable, Equatable {
  /// The level's value, 0 for the lowest.
  public var value: Int
  /// The level's name in reports.
  public var label: LocalizedText

  /// Creates a scale level.
  public init(value: Int, label: LocalizedText) {
    self.value = value
    self.label = label
  }
}
