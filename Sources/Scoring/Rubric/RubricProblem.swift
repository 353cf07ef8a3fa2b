/// One thing wrong with a rubric: where it is (a JSON path such as
/// `criteria[3].rules[0].groups[1]`, and the line and column when the rubric
/// was read from text) and what to do about it.
public struct RubricProblem: Sendable, Equatable {
  /// How bad a problem is.
  public enum Severity: String, Sendable {
    /// The rubric cannot be used until this is fixed.
    case error
    /// The rubric works, but probably not as intended.
    case warning
  }

  /// Whether the problem blocks loading.
  public var severity: Severity
  /// The JSON path of the value the problem is about; empty for the whole file.
  public var path: String
  /// What is wrong and what to do.
  public var message: String
  /// The 1-based line of the value in the file, when known.
  public var line: Int?
  /// The 1-based column of the value in the file, when known.
  public var column: Int?

  /// Creates a problem.
  public init(
    severity: Severity = .error, path: String, message: String, line: Int? = nil,
    column: Int? = nil
  ) {
    self.severity = severity
    self.path = path
    self.message = message
    self.line = line
    self.column = column
  }

  /// Whether the problem blocks loading.
  public var isError: Bool {
    severity == .error
  }
}

// MARK: - CustomStringConvertible

extension RubricProblem: CustomStringConvertible {
  /// `[line:column: ][warning: ]path: message`; the path is left out for the
  /// whole file.
  public var description: String {
    var text = ""
    if let line {
      text += column.map { "\(line):\($0): " } ?? "\(line): "
    }
    if severity == .warning { text += "warning: " }
    if !path.isEmpty { text += "\(path): " }
    return text + message
  }
}
