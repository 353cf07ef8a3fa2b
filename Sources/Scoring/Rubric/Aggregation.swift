/// How criterion levels become a grade: the pass mark and the grade guards.
public struct Aggregation: Sendable, Equatable {
  /// The lowest passing grade on the 1–10 scale, such as 5.5.
  public var passMark: Double
  /// Caps on the grade that apply when their condition holds.
  public var guards: [GradeGuard]

  /// Creates the aggregation.
  public init(passMark: Double, guards: [GradeGuard] = []) {
    self.passMark = passMark
    self.guards = guards
  }
}
