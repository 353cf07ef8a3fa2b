/// The assessments of one plan (one SHA-256): the one used per assessor (the
/// one given last) and the ones that were replaced.
struct PlanGroup {
  /// The plan's SHA-256.
  let sha256: String
  /// The plan file as the latest assessment names it.
  let source: String
  /// The file name without its folder.
  let name: String
  /// The plan's title and municipality, from the latest assessment.
  let title: String?
  let municipality: String?
  /// The assessment used per assessor.
  let byAssessor: [String: Assessment]
  /// The used assessments, oldest first (by date, then by the order given).
  let chronological: [Assessment]
  /// The assessments not used because the same assessor gave a later one:
  /// assessor and file.
  let replaced: [(assessor: String, file: String)]
  /// Per used assessment (in ``chronological`` order), its judgements by
  /// criterion id: lookups stay constant-time with many criteria.
  let judgements: [[String: AssessedCriterion]]
  /// The judgements of the assessment used per assessor, by criterion id.
  let judgementsByAssessor: [String: [String: AssessedCriterion]]

  // MARK: - Grouping

  /// Groups assessments by plan SHA-256, sorted by file name and then SHA-256.
  /// - Parameter items: The assessments with their files, in the order given.
  static func groups(_ items: [(assessment: Assessment, file: String)]) -> [PlanGroup] {
    var order: [String] = []
    var members: [String: [(index: Int, assessment: Assessment, file: String)]] = [:]
    for (index, item) in items.enumerated() {
      let sha = item.assessment.plan.sha256
      if members[sha] == nil { order.append(sha) }
      members[sha, default: []].append((index, item.assessment, item.file))
    }
    return order.map { sha in PlanGroup(sha256: sha, entries: members[sha] ?? []) }
      .sorted { ($0.name, $0.sha256) < ($1.name, $1.sha256) }
  }

  /// Builds a group from its assessments in the order given.
  private init(sha256: String, entries: [(index: Int, assessment: Assessment, file: String)]) {
    let later = LatestPerAssessor.replaced(among: entries.map(\.assessment.assessor))
    let used = entries.indices.filter { !later.contains($0) }
      .map { (index: entries[$0].index, assessment: entries[$0].assessment) }
    let replaced = later.sorted().map {
      (assessor: entries[$0].assessment.assessor, file: entries[$0].file)
    }
    let chronological = used.sorted {
      ($0.assessment.date, $0.index) < ($1.assessment.date, $1.index)
    }.map(\.assessment)
    let latest = chronological.last?.plan
    self.sha256 = sha256
    self.source = latest?.source ?? ""
    self.name = Self.fileName(source)
    self.title = latest?.title
    self.municipality = latest?.municipality
    let byAssessor = Dictionary(
      chronological.map { ($0.assessor, $0) }, uniquingKeysWith: { _, last in last })
    self.byAssessor = byAssessor
    self.chronological = chronological
    self.replaced = replaced
    self.judgements = chronological.map(Self.byID)
    self.judgementsByAssessor = byAssessor.mapValues(Self.byID)
  }

  /// An assessment's judgements by criterion id; the first entry wins.
  private static func byID(_ assessment: Assessment) -> [String: AssessedCriterion] {
    Dictionary(assessment.criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The last component of a path, with `/` or `\` as separator.
  static func fileName(_ path: String) -> String {
    path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? path
  }

  // MARK: - Reading judgements

  /// The engine's level for a criterion in each used assessment that judged
  /// it, oldest first.
  func engineLevels(_ criterion: String) -> [Int?] {
    judgements.compactMap { $0[criterion] }.map(\.engineLevel)
  }

  /// Whether any used assessment judged the criterion.
  func judged(_ criterion: String) -> Bool {
    judgements.contains { $0[criterion] != nil }
  }

  /// The judgement of a criterion by an assessor, if they gave one.
  func judgement(of criterion: String, by assessor: String) -> AssessedCriterion? {
    judgementsByAssessor[assessor]?[criterion]
  }
}
