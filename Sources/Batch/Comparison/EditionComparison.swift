import Foundation
import Scoring

/// Two editions of a batch compared, as LSA did in 2009: per plan the grade
/// then and now, the change, the criteria that rose or fell, and the plans
/// that are new or have dropped out.
///
/// Each plan is paired with its own earlier edition by ``EditionPairing``:
/// the `plans.csv` key, the IMRO plan id, or municipality, area, kind and
/// title; by the municipality alone only when nothing else can tell and
/// nothing contradicts, and then the row says so (``Basis/municipalityOnly``).
public struct EditionComparison: Sendable {
  /// What a pair was found by.
  public enum Basis: String, Sendable, Codable {
    /// The `sleutel`/`key` column of `plans.csv`.
    case key
    /// The IMRO plan id without its version suffix.
    case imroID = "imro_id"
    /// Municipality, area, kind and title.
    case title
    /// The same file path in both folders.
    case file
    /// The municipality alone: it has one plan in each edition.
    case municipalityOnly = "municipality_only"
  }

  /// A plan found in both editions.
  public struct Row: Sendable, Equatable {
    /// The name it is listed under.
    public var label: String
    /// The plan in the baseline edition.
    public var baseline: ScoredPlan
    /// The plan in the new edition.
    public var current: ScoredPlan
    /// What the two were paired by.
    public var basis: Basis
    /// The change in grade, rounded to one decimal.
    public var gradeChange: Double
    /// The criteria whose level went up, in rubric order.
    public var rose: [CriterionChange]
    /// The criteria whose level went down, in rubric order.
    public var fell: [CriterionChange]
    /// The criteria that apply on one side only, in rubric order.
    ///
    /// They are not applicable on the other side, so neither risen nor fallen.
    public var oneSided: [CriterionChange]

    /// Whether the two sides were scored with a different rubric (id,
    /// version or SHA-256) or engine version.
    public var rubricChanged: Bool {
      let then = baseline.scorecard
      let now = current.scorecard
      return then.rubric.id != now.rubric.id || then.rubric.version != now.rubric.version
        || then.rubric.sha256 != now.rubric.sha256 || then.engineVersion != now.engineVersion
    }
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
  public var mixedRubrics: Bool { rows.contains(where: \.rubricChanged) }

  /// Compares two editions.
  /// - Parameters:
  ///   - baseline: The plans of the earlier edition.
  ///   - current: The plans of the new edition.
  public init(baseline: [ScoredPlan], current: [ScoredPlan]) {
    let pairing = EditionPairing(baseline: baseline, current: current)
    let rows = pairing.pairs.map { pair in
      let changes = Self.changes(from: pair.baseline.scorecard, to: pair.current.scorecard)
      let compared = changes.filter { $0.from != nil && $0.to != nil }
      return Row(
        label: pair.current.label, baseline: pair.baseline, current: pair.current,
        basis: pair.basis,
        gradeChange: Self.oneDecimal(pair.current.scorecard.grade - pair.baseline.scorecard.grade),
        rose: compared.filter { ($0.to ?? 0) > ($0.from ?? 0) },
        fell: compared.filter { ($0.to ?? 0) < ($0.from ?? 0) },
        oneSided: changes.filter { ($0.from == nil) != ($0.to == nil) })
    }
    self.rows = rows.sorted { lhs, rhs in
      if lhs.gradeChange != rhs.gradeChange { return lhs.gradeChange > rhs.gradeChange }
      if lhs.label != rhs.label { return lhs.label < rhs.label }
      return lhs.current.file < rhs.current.file
    }
    let byName = { (lhs: ScoredPlan, rhs: ScoredPlan) in
      lhs.label != rhs.label ? lhs.label < rhs.label : lhs.file < rhs.file
    }
    added = pairing.unpairedCurrent.sorted(by: byName)
    dropped = pairing.unpairedBaseline.sorted(by: byName)
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
