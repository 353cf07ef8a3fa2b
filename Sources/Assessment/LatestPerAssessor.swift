/// Which assessments are replaced: when one assessor appears more than once,
/// the assessment given last counts and the earlier ones are replaced. Merged
/// cards and agreement figures both follow this rule.
enum LatestPerAssessor {
  /// The positions in `assessors` (the assessor of each assessment, in the
  /// order given) whose assessor appears again later.
  static func replaced(among assessors: [String]) -> Set<Int> {
    var last: [String: Int] = [:]
    for (index, name) in assessors.enumerated() { last[name] = index }
    return Set(assessors.indices.filter { last[assessors[$0]] != $0 })
  }
}
