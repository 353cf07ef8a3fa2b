import Assessment
import Foundation
import Reporting
import Scoring

/// The JSON layout of a comparison in JSON, described in `docs/batch.md`.
///
/// Pretty, with sorted keys, so the same input gives the same bytes; the
/// warning about different rubrics is in `alerts`, the first key.
enum ComparisonJSON {
  /// One side of a pair, or a plan without a pair.
  struct Side: Encodable {
    var file: String
    var title: String?
    var label: String?
    var key: String?
    var grade: Double
    var rubric: String
    var engineVersion: String

    enum CodingKeys: String, CodingKey {
      case file, title, label, key, grade, rubric
      case engineVersion = "engine_version"
    }

    init(_ card: Scorecard, file: String, label: String? = nil, key: String? = nil) {
      self.file = file
      title = card.plan.title
      self.label = label
      self.key = key
      grade = card.grade
      rubric = "\(card.rubric.id) \(card.rubric.version)"
      engineVersion = card.engineVersion
    }

    init(_ plan: ScoredPlan) {
      self.init(plan.scorecard, file: plan.file, label: plan.label, key: plan.key)
    }
  }

  /// A criterion's level then and now.
  struct Level: Encodable {
    var id: String
    var from: Int?
    var to: Int?
  }

  /// A pair of editions.
  struct Pair: Encodable {
    var basis: EditionComparison.Basis
    var baseline: Side
    var current: Side
    var gradeChange: Double
    var rose: [Level]
    var fell: [Level]
    var oneSided: [Level]

    enum CodingKeys: String, CodingKey {
      case basis, baseline, current, rose, fell
      case gradeChange = "grade_change"
      case oneSided = "one_sided"
    }
  }

  /// Two editions.
  struct Editions: Encodable {
    var alerts: [String]
    var baselineOnly: [Side]
    var currentOnly: [Side]
    var format = 1
    var pairs: [Pair]

    enum CodingKeys: String, CodingKey {
      case alerts, format, pairs
      case baselineOnly = "baseline_only"
      case currentOnly = "current_only"
    }
  }

  /// A criterion of two versions of a plan.
  struct Criterion: Encodable {
    var id: String
    var from: Int?
    var to: Int?
    var appeared: [String]
    var disappeared: [String]
  }

  /// Two versions of a plan.
  struct Versions: Encodable {
    var alerts: [String]
    var baseline: Side
    var criteria: [Criterion]
    var current: Side
    var format = 1
    var gradeChange: Double

    enum CodingKeys: String, CodingKey {
      case alerts, baseline, criteria, current, format
      case gradeChange = "grade_change"
    }
  }

  /// Two editions as JSON.
  static func edition(_ comparison: EditionComparison, _ s: ReportStrings) -> String {
    let levels = { (changes: [EditionComparison.CriterionChange]) in
      changes.map { Level(id: $0.id, from: $0.from, to: $0.to) }
    }
    return encoded(
      Editions(
        alerts: comparison.mixedRubrics ? [s.differentRubrics] : [],
        baselineOnly: comparison.dropped.map { Side($0) },
        currentOnly: comparison.added.map { Side($0) },
        pairs: comparison.rows.map { row in
          Pair(
            basis: row.basis, baseline: Side(row.baseline), current: Side(row.current),
            gradeChange: row.gradeChange, rose: levels(row.rose), fell: levels(row.fell),
            oneSided: levels(row.oneSided))
        }))
  }

  /// Two versions of a plan as JSON.
  static func plan(_ comparison: PlanComparison, _ s: ReportStrings) -> String {
    encoded(
      Versions(
        alerts: comparison.mixedRubrics ? [s.differentRubrics] : [],
        baseline: Side(comparison.baseline, file: comparison.baseline.plan.source),
        criteria: comparison.criteria.map { criterion in
          Criterion(
            id: criterion.id, from: criterion.from, to: criterion.to,
            appeared: criterion.appeared.map(\.quote),
            disappeared: criterion.disappeared.map(\.quote))
        },
        current: Side(comparison.current, file: comparison.current.plan.source),
        gradeChange: comparison.gradeChange))
  }

  /// Pretty JSON with sorted keys; these values always encode.
  private static func encoded<T: Encodable>(_ value: T) -> String {
    String(decoding: (try? StableJSON.file(value)) ?? Data("{}\n".utf8), as: UTF8.self)
  }
}
