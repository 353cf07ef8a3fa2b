/// Something a reader of an agreement report must know about the assessments.
///
/// A plan or rubric that changed between them, or an assessment that was not
/// used. The figures are still computed.
public enum AgreementNote: Sendable, Equatable {
  /// Assessments name plan files with the same name but different contents
  /// (SHA-256); each version counts as a plan of its own.
  case planVersions(file: String, hashes: [String])
  /// The assessments of one plan were made with different versions of the
  /// rubric (different SHA-256); the questions may have been worded differently.
  case rubricChanged(plan: String, versions: [String])
  /// The assessments of one plan recorded different engine levels for a
  /// criterion, because the engine or the rubric changed between them; `used`
  /// is the level of the latest assessment, the engine's level in the figures.
  case engineLevelsDiffer(plan: String, criterion: String, levels: [Int?], used: Int?)
  /// An assessor assessed the same plan twice; only the assessment given
  /// last is used, the one in `file` is not.
  case replaced(plan: String, assessor: String, file: String)

  /// A stable code for scripts.
  public var code: String {
    switch self {
    case .planVersions: return "plan_versions"
    case .rubricChanged: return "rubric_changed"
    case .engineLevelsDiffer: return "engine_levels_differ"
    case .replaced: return "assessment_replaced"
    }
  }

  /// The note in English, for the JSON and for logs.
  public var message: String {
    switch self {
    case .planVersions(let file, let hashes):
      return "\(hashes.count) different versions of \(file) were assessed; "
        + "each counts as a plan of its own."
    case .rubricChanged(let plan, let versions):
      return "The assessments of \(plan) were made with different versions of the rubric "
        + "(\(versions.joined(separator: ", "))); the questions may have been worded differently."
    case .engineLevelsDiffer(let plan, let criterion, let levels, let used):
      let list = levels.map { $0.map(String.init) ?? "n/a" }.joined(separator: ", ")
      return "The assessments of \(plan) show different engine levels for \(criterion) "
        + "(\(list)): the engine or the rubric changed between them. The latest "
        + "(\(used.map(String.init) ?? "n/a")) is used."
    case .replaced(let plan, let assessor, let file):
      return "\(assessor) assessed \(plan) more than once; \(file) is not used, "
        + "the assessment given last is."
    }
  }
}

// MARK: - Encodable

extension AgreementNote: Encodable {
  enum CodingKeys: String, CodingKey {
    case code, message, file, hashes, plan, versions, criterion, levels, used, assessor
  }

  /// Writes `code`, `message` and the note's own facts.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    try container.encode(message, forKey: .message)
    switch self {
    case .planVersions(let file, let hashes):
      try container.encode(file, forKey: .file)
      try container.encode(hashes, forKey: .hashes)
    case .rubricChanged(let plan, let versions):
      try container.encode(plan, forKey: .plan)
      try container.encode(versions, forKey: .versions)
    case .engineLevelsDiffer(let plan, let criterion, let levels, let used):
      try container.encode(plan, forKey: .plan)
      try container.encode(criterion, forKey: .criterion)
      try container.encode(levels, forKey: .levels)
      try container.encode(used, forKey: .used)
    case .replaced(let plan, let assessor, let file):
      try container.encode(plan, forKey: .plan)
      try container.encode(assessor, forKey: .assessor)
      try container.encode(file, forKey: .file)
    }
  }
}
