import Scoring
import Testing

/// One edit of the test rubric and the problems it must cause, exactly.
struct ProblemCase: Sendable, CustomTestStringConvertible {
  /// A problem as a test expects it: severity, path and message.
  struct Expected: Sendable, Equatable, CustomStringConvertible {
    var severity: RubricProblem.Severity
    var path: String
    var message: String

    var description: String {
      "\(severity.rawValue) \(path): \(message)"
    }
  }

  /// What the case checks, shown as the test's name.
  var name: String
  /// `(old, new)` replacements in the fixture's text; each `old` occurs once.
  var edits: [(String, String)]
  /// The problems, in file order.
  var expected: [Expected]

  var testDescription: String { name }

  /// A case whose problems are all errors, given as `(path, message)`.
  static func errors(
    _ name: String, _ edits: [(String, String)], _ problems: [(String, String)]
  ) -> ProblemCase {
    ProblemCase(
      name: name, edits: edits,
      expected: problems.map { Expected(severity: .error, path: $0.0, message: $0.1) })
  }

  /// A case whose problems are all warnings, given as `(path, message)`.
  static func warnings(
    _ name: String, _ edits: [(String, String)], _ problems: [(String, String)]
  ) -> ProblemCase {
    ProblemCase(
      name: name, edits: edits,
      expected: problems.map { Expected(severity: .warning, path: $0.0, message: $0.1) })
  }
}

extension RubricProblem {
  /// The problem without its position, for comparison with `ProblemCase.Expected`.
  var expected: ProblemCase.Expected {
    ProblemCase.Expected(severity: severity, path: path, message: message)
  }
}
