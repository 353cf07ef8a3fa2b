import Foundation

/// Why an agreement analysis could not be made.
public enum AgreementError: Error, Equatable, LocalizedError {
  /// No assessment was given (or none could be read).
  case noAssessments
  /// The assessments were made with different rubrics: rubric id to the files
  /// that use it. Their criteria do not line up, so they cannot be compared.
  case mixedRubrics([String: [String]])
  /// Fewer than two coders: agreement needs at least two people (or one
  /// person and the engine, when the engine is compared too).
  case tooFewCoders(coders: [String], withEngine: Bool)

  public var errorDescription: String? {
    switch self {
    case .noAssessments:
      return "no assessment to compare. Give two or more files written by `scorecard assess`."
    case .mixedRubrics(let rubrics):
      let list = rubrics.keys.sorted().map { id in
        "'\(id)' (\((rubrics[id] ?? []).joined(separator: ", ")))"
      }
      return "the assessments use different rubrics: \(list.joined(separator: "; ")). "
        + "Their questions do not line up; compare the assessments of one rubric at a time."
    case .tooFewCoders(let coders, let withEngine):
      let who = coders.isEmpty ? "nobody" : coders.joined(separator: ", ")
      let hint =
        withEngine
        ? "Give assessments by at least one person."
        : "Give assessments by at least two people, or compare one person with the engine."
      return "agreement needs at least two coders; found \(coders.count) (\(who)). \(hint)"
    }
  }
}
