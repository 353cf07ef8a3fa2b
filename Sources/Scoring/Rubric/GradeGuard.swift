/// A cap on the grade that applies when its condition holds. Written in a
/// rubric as an object whose `type` is `criterion_zero` or `zero_count`.
public enum GradeGuard: Sendable, Equatable {
  /// The grade is at most `cap` when `criterion` applies and scores 0.
  case criterionZero(criterion: String, cap: Double)
  /// The grade is at most `cap` when at least `atLeast` applicable criteria score 0.
  case zeroCount(atLeast: Int, cap: Double)

  /// The `type` the guard is written with: `criterion_zero` or `zero_count`.
  public var type: String {
    switch self {
    case .criterionZero: "criterion_zero"
    case .zeroCount: "zero_count"
    }
  }

  /// The highest grade allowed when the guard holds.
  public var cap: Double {
    switch self {
    case .criterionZero(_, let cap), .zeroCount(_, let cap): cap
    }
  }
}
