/// A deterministic pseudo-random generator (a linear congruential one), so
/// that a test drawing cases from it sees the same cases on every run.
public struct SeededGenerator {
  /// The generator's state; the seed before the first draw.
  public var state: UInt64

  /// A generator that starts from `state`.
  public init(state: UInt64) {
    self.state = state
  }

  /// The next value below `bound`.
  public mutating func next(below bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}
