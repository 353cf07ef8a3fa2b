/// Plans ranked by report grade, as on the LSA card.
///
/// Ties in the grade are broken by the level of the tie-break criteria, in
/// order (by default `invloed`, then `terugkoppeling`, as DOMAIN §6 proposes),
/// and plans that are still level share a place. Within a shared place plans
/// are listed by name, then by file, so the order is total and a re-run gives
/// the same bytes.
public struct Ranking: Sendable, Equatable {
  /// The criteria that break ties in the grade when no others are given.
  public static let defaultTieBreakers = ["invloed", "terugkoppeling"]

  /// One place in the ranking.
  public struct Entry: Sendable, Equatable {
    /// The place, from 1; equal for plans that are level on grade and on every
    /// tie-break criterion.
    public var place: Int
    /// The plan.
    public var plan: ScoredPlan
  }

  /// The entries, best first.
  public let entries: [Entry]
  /// The tie-break criteria used.
  public let tieBreakers: [String]

  /// Ranks plans.
  /// - Parameters:
  ///   - plans: The scored plans, in any order.
  ///   - tieBreakers: Criterion ids whose levels break ties in the grade; a
  ///     criterion a plan lacks, or that does not apply to it, counts as -1.
  public init(_ plans: [ScoredPlan], tieBreakers: [String] = Ranking.defaultTieBreakers) {
    self.tieBreakers = tieBreakers
    let keyed = plans.map { plan in
      (plan: plan, merit: Self.merit(of: plan, tieBreakers: tieBreakers))
    }
    let sorted = keyed.sorted { lhs, rhs in
      if lhs.merit != rhs.merit { return lhs.merit.lexicographicallyPrecedes(rhs.merit, by: >) }
      if lhs.plan.label != rhs.plan.label { return lhs.plan.label < rhs.plan.label }
      return lhs.plan.file < rhs.plan.file
    }
    var entries: [Entry] = []
    for (offset, item) in sorted.enumerated() {
      let tied = offset > 0 && sorted[offset - 1].merit == item.merit
      let place = tied ? entries[offset - 1].place : offset + 1
      entries.append(Entry(place: place, plan: item.plan))
    }
    self.entries = entries
  }

  /// The grade in tenths, then the tie-break levels: larger is better.
  private static func merit(of plan: ScoredPlan, tieBreakers: [String]) -> [Int] {
    // A grade read back from a file is bounded first, so no value can trap.
    let grade = plan.scorecard.grade
    let tenths = grade.isFinite ? Int((min(max(grade, 0), 100) * 10).rounded()) : 0
    return [tenths] + tieBreakers.map { plan.level(of: $0) ?? -1 }
  }
}
