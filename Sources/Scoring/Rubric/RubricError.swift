import Foundation

/// Why a rubric could not be loaded: every problem found in it at once, each
/// with its JSON path, the line where known, and what to do.
public struct RubricError: Error, Sendable, Equatable {
  /// The file path (or another name) of the rubric.
  public var source: String
  /// All problems found, errors and warnings, in the order they stand in the file.
  public var problems: [RubricProblem]

  /// Creates the error.
  public init(source: String, problems: [RubricProblem]) {
    self.source = source
    self.problems = problems
  }

  /// The problems that block loading.
  public var errors: [RubricProblem] {
    problems.filter(\.isError)
  }

  /// The problems that do not block loading.
  public var warnings: [RubricProblem] {
    problems.filter { !$0.isError }
  }
}

// MARK: - LocalizedError

extension RubricError: LocalizedError {
  /// One line per problem: `source:line:column: path: message`, or
  /// `source: path: message` when the position is not known.
  public var errorDescription: String? {
    problems.map { problem in
      problem.line == nil ? "\(source): \(problem)" : "\(source):\(problem)"
    }.joined(separator: "\n")
  }
}
