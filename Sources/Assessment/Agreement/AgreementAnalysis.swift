import Scoring

/// Measures how far the assessors of one or more plans agree, criterion by
/// criterion and overall, with the statistics `scorecard calibrate` uses
/// (``KrippendorffAlpha`` ordinal with missing values, ``AgreementSummary``).
///
/// A unit is a plan × criterion; plans are told apart by their SHA-256. The
/// coders are the assessors, by name, and with ``AgreementOptions/withEngine``
/// the engine, whose levels are the `engine_level`s the assessments recorded.
public struct AgreementAnalysis: Sendable {
  /// What to compute.
  public var options: AgreementOptions
  /// The rubric of the assessments, for criterion order and titles; without
  /// it the order is the assessments' and titles are left empty.
  public var rubric: Rubric?

  /// Creates an analysis.
  public init(options: AgreementOptions = AgreementOptions(), rubric: Rubric? = nil) {
    self.options = options
    self.rubric = rubric
  }

  /// One plan × criterion with every coder's level.
  struct Unit {
    /// The index of the plan group.
    let plan: Int
    /// The index of the criterion in the criterion order.
    let criterion: Int
    /// The level of each coder, `nil` where missing.
    let levels: [Int?]
    /// The engine's level (of the latest assessment).
    let engineLevel: Int?

    /// The levels given.
    var given: [Int] { levels.compactMap { $0 } }
  }

  // MARK: - Running

  /// Analyses the assessments.
  /// - Parameters:
  ///   - assessments: Each assessment with the file it came from. When an
  ///     assessor assessed a plan more than once, the one given last is used.
  ///   - skipped: Files that could not be read, listed in the report.
  /// - Throws: ``AgreementError`` when there is nothing to compare, the
  ///   rubrics differ, or there are fewer than two coders.
  public func run(
    _ assessments: [(assessment: Assessment, file: String)], skipped: [SkippedFile] = []
  ) throws(AgreementError) -> AgreementReport {
    guard !assessments.isEmpty else { throw .noAssessments }
    let rubrics = Dictionary(grouping: assessments, by: \.assessment.rubric.id)
      .mapValues { $0.map(\.file) }
    guard rubrics.count == 1, let rubricID = rubrics.keys.first else {
      throw .mixedRubrics(rubrics)
    }
    let groups = PlanGroup.groups(assessments)
    let residents = Set(groups.flatMap(\.byAssessor.keys)).sorted()
    let coders =
      residents.map { AgreementCoder(name: $0) } + (options.withEngine ? [.engine] : [])
    guard coders.count >= 2 else {
      throw .tooFewCoders(coders: coders.map(\.name), withEngine: options.withEngine)
    }
    let labels = Self.labels(groups)
    let criteria = criterionOrder(groups)
    var notes = Self.groupNotes(groups, labels: labels)
    let units = makeUnits(
      groups, criteria: criteria, residents: residents, labels: labels, notes: &notes)
    let ranked = Self.rankDisagreements(units)
    let unitsByPlan = Dictionary(grouping: units, by: \.plan)
    let unitsByCriterion = Dictionary(grouping: units, by: \.criterion)
    return AgreementReport(
      rubricID: rubricID,
      rubricVersions: Set(assessments.map(\.assessment.rubric.version)).sorted(),
      withEngine: options.withEngine, coders: coders,
      plans: groups.indices.map { index in
        let group = groups[index]
        return AgreementPlan(
          file: labels[index], sha256: group.sha256, title: group.title,
          municipality: group.municipality, assessors: group.byAssessor.keys.sorted(),
          figures: .compute((unitsByPlan[index] ?? []).map(\.levels)))
      },
      criteria: criteria.indices.map { index in
        CriterionAgreement(
          id: criteria[index], title: title(of: criteria[index]),
          figures: .compute((unitsByCriterion[index] ?? []).map(\.levels)))
      },
      overall: .compute(units.map(\.levels)),
      units: units.map { unit in
        UnitLevels(
          plan: labels[unit.plan], criterion: criteria[unit.criterion], levels: unit.levels,
          engineLevel: unit.engineLevel)
      },
      disagreements: ranked.prefix(max(options.top, 0)).map { unit in
        disagreement(
          unit, groups: groups, criteria: criteria, residents: residents, labels: labels)
      },
      disagreementCount: ranked.count,
      rubricFeedback: options.rubricFeedback ? feedback(groups, criteria: criteria) : nil,
      notes: notes, skipped: skipped)
  }

  // MARK: - Criteria and plans

  /// The criterion ids judged in any used assessment, in rubric order; ids the
  /// rubric does not know (or all, without a rubric) in the order they first
  /// appear.
  func criterionOrder(_ groups: [PlanGroup]) -> [String] {
    var seen: [String] = []
    var known: Set<String> = []
    for assessment in groups.flatMap(\.chronological) {
      for criterion in assessment.criteria where known.insert(criterion.id).inserted {
        seen.append(criterion.id)
      }
    }
    let rank = Dictionary(
      (rubric?.criteria ?? []).enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    let position = { (item: (offset: Int, element: String)) in
      (rank[item.element] ?? Int.max, item.offset)
    }
    return seen.enumerated().sorted { position($0) < position($1) }.map(\.element)
  }

  /// The criterion's title per language code; empty without a rubric.
  func title(of criterion: String) -> [String: String] {
    rubric?.criterion(id: criterion)?.title.dictionary ?? [:]
  }

  /// The name each plan is shown by: its file name, with the start of its
  /// SHA-256 when another assessed plan has the same file name.
  static func labels(_ groups: [PlanGroup]) -> [String] {
    let counts = Dictionary(groups.map { ($0.name, 1) }, uniquingKeysWith: +)
    return groups.map { group in
      (counts[group.name] ?? 0) > 1 ? "\(group.name) (\(group.sha256.prefix(8)))" : group.name
    }
  }

  /// Notes on plan versions, rubric versions and replaced assessments.
  static func groupNotes(_ groups: [PlanGroup], labels: [String]) -> [AgreementNote] {
    var notes: [AgreementNote] = []
    let byName = Dictionary(grouping: groups, by: \.name)
    for name in byName.keys.sorted() {
      guard let versions = byName[name], versions.count > 1 else { continue }
      notes.append(.planVersions(file: name, hashes: versions.map(\.sha256).sorted()))
    }
    for (group, label) in zip(groups, labels) {
      let rubrics = Set(
        group.chronological.map { "\($0.rubric.version) (\($0.rubric.sha256.prefix(8)))" })
      if rubrics.count > 1 {
        notes.append(.rubricChanged(plan: label, versions: rubrics.sorted()))
      }
      notes += group.replaced.map { .replaced(plan: label, assessor: $0.assessor, file: $0.file) }
    }
    return notes
  }
}
