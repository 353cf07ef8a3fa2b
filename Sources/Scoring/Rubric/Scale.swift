/// The levels a criterion can get, from 0 (absent) up to the maximum level.
public struct Scale: Sendable, Equatable {
  /// The levels, lowest first; their values run from 0 up without gaps.
  public var levels: [ScaleLevel]
  /// The label shown when a criterion does not apply to a document ("n.v.t.").
  public var notApplicable: LocalizedText

  /// Creates a scale.
  public init(levels: [ScaleLevel], notApplicable: LocalizedText) {
    self.levels = levels
    self.notApplicable = notApplicable
  }

  /// The highest level value; 0 for a scale without levels.
  public var maxLevel: Int {
    levels.map(\.value).max() ?? 0
  }
}
