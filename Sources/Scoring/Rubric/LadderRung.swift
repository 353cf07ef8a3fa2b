/// One rung of the participation ladder, from 0 (none or sham) upwards.
public struct LadderRung: Sendable, Equatable {
  /// The rung's number; rungs run from 0 up without gaps.
  public var rung: Int
  /// A short identifier such as `informeren`, `[a-z0-9-]+`.
  public var id: String
  /// The rung's name in reports.
  public var label: LocalizedText
  /// An optional longer explanation of the rung.
  public var description: LocalizedText?

  /// Creates a ladder rung.
  public init(rung: Int, id: String, label: LocalizedText, description: LocalizedText? = nil) {
    self.rung = rung
    self.id = id
    self.label = label
    self.description = description
  }
}
