import Foundation
import Scoring

/// Finds the plan an assessment is about among several plans: the plan with
/// the same bytes (SHA-256) first, else the plan with the same file name.
///
/// A match by name means the plan has changed since it was assessed; the
/// merged card says so (``AssessmentDrift``). Names are compared from the end
/// of the path: `wijk/plan.md` fits `plannen/wijk/plan.md` better than
/// `stad/plan.md`, so two plans with one file name in different folders are
/// told apart when the assessed path says which.
public struct AssessmentMatcher: Sendable {
  /// A plan an assessment can belong to.
  public struct Candidate: Sendable, Equatable {
    /// The plan's path as given (on the command line or in the batch folder).
    public var path: String
    /// The SHA-256 of the plan file's bytes; empty when it could not be read.
    public var sha256: String

    /// Creates a candidate.
    public init(path: String, sha256: String) {
      self.path = path
      self.sha256 = sha256
    }
  }

  /// Which plan an assessment belongs to.
  public enum Match: Sendable, Equatable {
    /// The plans (indices into the candidates) with the assessed bytes;
    /// several only when the same file is given more than once.
    case sameBytes([Int])
    /// The one plan whose path fits the assessed file's name best; its bytes
    /// have changed since.
    case sameName(Int)
    /// Several plans fit the assessed file's name equally well (their paths).
    case ambiguous([String])
    /// No plan has the assessed bytes or file name.
    case none
  }

  /// The plans, in the order given.
  public let candidates: [Candidate]

  /// Creates a matcher over plans.
  public init(candidates: [Candidate]) {
    self.candidates = candidates
  }

  // MARK: - Matching

  /// The plan `reference` (an assessment's `plan`) belongs to.
  public func match(_ reference: PlanReference) -> Match {
    let sameBytes = candidates.indices.filter {
      !candidates[$0].sha256.isEmpty && candidates[$0].sha256 == reference.sha256
    }
    if !sameBytes.isEmpty { return .sameBytes(sameBytes) }
    let assessed = Self.components(reference.source)
    let fits = candidates.map { Self.commonSuffix(assessed, Self.components($0.path)) }
    guard let best = fits.max(), best > 0 else { return .none }
    let tied = candidates.indices.filter { fits[$0] == best }
    guard tied.count == 1, let only = tied.first else {
      return .ambiguous(tied.map { candidates[$0].path })
    }
    return .sameName(only)
  }

  /// The path's parts, with `\` read as `/` (an assessment made on Windows).
  private static func components(_ path: String) -> [Substring] {
    path.split(omittingEmptySubsequences: true) { $0 == "/" || $0 == "\\" }
      .filter { $0 != "." }
  }

  /// How many parts two paths share at their end (0 when the file names differ).
  private static func commonSuffix(_ lhs: [Substring], _ rhs: [Substring]) -> Int {
    zip(lhs.reversed(), rhs.reversed()).prefix { $0 == $1 }.count
  }
}

// MARK: - Plans of an assessment

extension AssessmentMatcher {
  /// The indices of the plans an assessment belongs to: those with its bytes,
  /// else the one with its file name.
  /// - Parameter file: The assessment file, for messages.
  /// - Throws: ``AssessmentMatchError`` when no plan fits, or several fit by
  ///   name alone.
  public func plans(for assessment: Assessment, file: String) throws(AssessmentMatchError)
    -> [Int]
  {
    switch match(assessment.plan) {
    case .sameBytes(let indices): return indices
    case .sameName(let index): return [index]
    case .ambiguous(let paths):
      throw .ambiguous(file: file, plan: assessment.plan.source, candidates: paths)
    case .none:
      throw .noPlan(file: file, plan: assessment.plan.source)
    }
  }
}

/// Why an assessment could not be given to one of the plans at hand.
public enum AssessmentMatchError: Error, Equatable, LocalizedError {
  /// No plan has the assessed bytes or file name.
  case noPlan(file: String, plan: String)
  /// Several plans have the assessed file name, and none its bytes.
  case ambiguous(file: String, plan: String, candidates: [String])

  public var errorDescription: String? {
    switch self {
    case .noPlan(let file, let plan):
      return "\(file): this assessment is about \(plan), which is none of the plans given "
        + "(no plan has its SHA-256 or its file name). Give that plan too, or leave the "
        + "assessment out."
    case .ambiguous(let file, let plan, let candidates):
      return "\(file): this assessment is about \(plan); several plans have that file name ("
        + candidates.joined(separator: ", ") + ") and none has its SHA-256, so it is not "
        + "clear which one it is about. Assess the plan again: the new file records the "
        + "plan's SHA-256."
    }
  }
}
