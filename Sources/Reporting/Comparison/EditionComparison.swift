import Foundation
import Scoring

/// Two editions of a batch compared, as LSA did in 2009: per municipality (or
/// plan) the grade then and now, the change, the criteria that rose or fell,
/// and the municipalities that are new or have dropped out.
///
/// Plans are matched by municipality and area (case and accents ignored), so
/// the 2024 and 2025 plans of one wijk pair up even when the files are named
/// differently; plans without a municipality are matched by their file path.
/// When one edition holds several plans under the same name, those are matched
/// by name and file path together.
public struct EditionComparison: Sendable {
  /// A municipality or plan found in both editions.
  public struct Row: Sendable, Equatable {
    /// The name it is listed under.
    public var label: String
    /// The plan in the baseline edition.
    public var baseline: ScoredPlan
    /// The plan in the new edition.
    public var current: ScoredPlan
    /// The change in grade, rounded to one decimal.
    public var gradeChange: Double
    /// The criteria whose level went up, in rubric order.
    public var rose: [CriterionChange]
    /// The criteria whose level went down, in rubric order.
    public var fell: [CriterionChange]
  }

  /// The level of one criterion then and now.
  public struct CriterionChange: Sendable, Equatable {
    /// The criterion id.
    public var id: String
    /// The criterion's title per language.
    public var title: [String: String]
    /// The level in the baseline; `nil` when absent or not applicable.
    public var from: Int?
    /// The level now; `nil` when absent or not applicable.
    public var to: Int?
  }

  /// The plans in both editions, most improved first, then by name.
  public let rows: [Row]
  /// Plans only in the new edition, by name.
  public let added: [ScoredPlan]
  /// Plans only in the baseline, by name.
  public let dropped: [ScoredPlan]
  /// Whether any pair was scored with a different rubric or engine version.
  public let mixedRubrics: Bool

  /// Compares two editions.
  /// - Parameters:
  ///   - baseline: The plans of the earlier edition.
  ///   - current: The plans of the new edition.
  public init(baseline: [ScoredPlan], current: [ScoredPlan]) {
    let old = Self.keyed(baseline)
    let new = Self.keyed(current)
    var rows: [Row] = []
    for (key, now) in new {
      guard let then = old[key] else { continue }
      let changes = Self.changes(from: then.scorecard, to: now.scorecard)
      rows.append(
        Row(
          label: now.label, baseline: then, current: now,
          gradeChange: Self.oneDecimal(now.scorecard.grade - then.scorecard.grade),
          rose: changes.filter { ($0.to ?? -1) > ($0.from ?? -1) },
          fell: changes.filter { ($0.to ?? -1) < ($0.from ?? -1) }))
    }
    self.rows = rows.sorted { lhs, rhs in
      if lhs.gradeChange != rhs.gradeChange { return lhs.gradeChange > rhs.gradeChange }
      if lhs.label != rhs.label { return lhs.label < rhs.label }
      return lhs.current.file < rhs.current.file
    }
    let byName = { (lhs: ScoredPlan, rhs: ScoredPlan) in
      lhs.label != rhs.label ? lhs.label < rhs.label : lhs.file < rhs.file
    }
    added = new.filter { old[$0.key] == nil }.map(\.value).sorted(by: byName)
    dropped = old.filter { new[$0.key] == nil }.map(\.value).sorted(by: byName)
    mixedRubrics = rows.contains {
      $0.baseline.scorecard.rubric.sha256 != $0.current.scorecard.rubric.sha256
        || $0.baseline.scorecard.engineVersion != $0.current.scorecard.engineVersion
    }
  }

  // MARK: - Matching

  /// The plans by matching key.
  private static func keyed(_ plans: [ScoredPlan]) -> [String: ScoredPlan] {
    let names = plans.map(nameKey)
    var counts: [String: Int] = [:]
    for case let name? in names { counts[name, default: 0] += 1 }
    var result: [String: ScoredPlan] = [:]
    for (plan, name) in zip(plans, names) {
      if let name, counts[name] == 1 {
        result[name] = plan
      } else {
        result[(name ?? "") + "\u{0}" + plan.file] = plan
      }
    }
    return result
  }

  /// `municipality|area`, folded; `nil` without a municipality.
  static func nameKey(_ plan: ScoredPlan) -> String? {
    guard let municipality = plan.scorecard.plan.municipality, !municipality.isEmpty else {
      return nil
    }
    let fold = { (text: String) in
      text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        .trimmingCharacters(in: .whitespaces)
    }
    return fold(municipality) + "|" + fold(plan.scorecard.plan.area ?? "")
  }

  // MARK: - Levels

  /// The level of every criterion in either scorecard, in the new rubric's order.
  static func changes(from then: Scorecard, to now: Scorecard) -> [CriterionChange] {
    var ids = now.criteria.map(\.id)
    ids += then.criteria.map(\.id).filter { !ids.contains($0) }
    return ids.map { id in
      let old = then.criteria.first { $0.id == id }
      let new = now.criteria.first { $0.id == id }
      return CriterionChange(
        id: id, title: (new ?? old)?.title ?? [:], from: old?.level, to: new?.level)
    }
  }

  /// Rounds to one decimal, so 6.1 − 5.8 is 0.3 and not 0.29999.
  static func oneDecimal(_ value: Double) -> Double {
    (value * 10).rounded() / 10
  }
}
