/// A text and the level it must get for a criterion when scored on its own.
public struct LevelExample: Sendable, Equatable {
  /// The text.
  public var text: String
  /// The expected level.
  public var level: Int

  /// Creates an example.
  public init(text: String, level: Int) {
    self.text = text
    self.level = level
  }
}
