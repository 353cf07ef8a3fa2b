/// The outcome of checking a rubric file: the rubric when it has no errors,
/// and every problem found, warnings included.
public struct RubricCheck: Sendable, Equatable {
  /// The file path (or another name) of the rubric.
  public var source: String
  /// The rubric; `nil` when there is an error.
  public var rubric: Rubric?
  /// Every problem, errors and warnings, in the order they stand in the file.
  public var problems: [RubricProblem]

  /// Creates a check result.
  public init(source: String, rubric: Rubric?, problems: [RubricProblem]) {
    self.source = source
    self.rubric = rubric
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
