import Assessment
import Foundation
import Scoring

/// Hand-made assessments for the agreement tests.
///
/// Every level, engine level, remark and quote is set by the test, so the
/// expected figures can be computed by hand. The plan and rubric references and a template quote
/// come from the engine's card of a sample plan.
enum AgreementFixture {
  /// The engine's card of the sample plan, scored once.
  static let card = AssessmentFixture.card()

  /// The nine criteria of the default rubric, in rubric order.
  static let criteria = [
    "vroeg", "invloed", "kaders", "bereik", "terugkoppeling", "geld", "uitvoering",
    "ondersteuning", "evaluatie",
  ]

  /// A plan reference named `file` whose SHA-256 is `sha` (default: made from the name).
  static func plan(_ file: String, sha: String? = nil) -> PlanReference {
    var plan = card.plan
    plan.source = "plans/\(file)"
    plan.sha256 = sha ?? String(repeating: "0", count: 56) + String(file.hashValueStable, radix: 16)
    return plan
  }

  /// A quote of the engine from the given indicator.
  static func quote(
    _ text: String, line: Int, group: String, indicator: String, failed: [String] = []
  ) -> Evidence {
    guard var evidence = card.criteria.flatMap(\.evidence).first else {
      preconditionFailure("the sample plan's card must have evidence")
    }
    evidence.quote = text
    evidence.line = line
    evidence.headingPath = ["Participatie", "Inspraak"]
    evidence.group = group
    evidence.indicator = indicator
    evidence.failed = failed
    return evidence
  }

  /// An assessment by `assessor` of `plan` with the given levels, in rubric order.
  /// - Parameters:
  ///   - levels: Criterion id to the assessor's level.
  ///   - engine: Criterion id to the engine's level; 1 where not given.
  ///   - quotes: Criterion id to the engine quotes the assessor was shown.
  static func assessment(
    by assessor: String, plan: PlanReference = plan("plan.md"), levels: [String: Int],
    engine: [String: Int?] = [:], remarks: [String: String] = [:],
    quotes: [String: [Evidence]] = [:], date: String = "2026-11-29", rubricSHA: String? = nil
  ) -> Assessment {
    var rubric = card.rubric
    if let rubricSHA { rubric.sha256 = rubricSHA }
    let ids = criteria.filter { levels[$0] != nil } + levels.keys.filter { !criteria.contains($0) }
    return Assessment(
      assessor: assessor, date: date, language: "nl", plan: plan, rubric: rubric,
      engineVersion: card.engineVersion, engineGrade: card.grade,
      criteria: ids.map { id in
        AssessedCriterion(
          id: id, level: levels[id], engineLevel: engine[id] ?? 1, remark: remarks[id],
          engineEvidence: quotes[id] ?? [])
      })
  }

  /// Levels for the nine criteria, in rubric order.
  static func levels(_ values: [Int]) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: zip(criteria, values))
  }

  /// Pairs each assessment with a made-up file name.
  static func files(_ assessments: [Assessment]) -> [(assessment: Assessment, file: String)] {
    assessments.enumerated().map { ($1, "\($1.assessor.lowercased())-\($0).json") }
  }
}

extension String {
  /// A hash of the text that is the same in every run (unlike `hashValue`).
  fileprivate var hashValueStable: UInt64 {
    utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
  }
}
