/// A plan of a batch that could not be read or scored: which file, why, and
/// where in the file when that is known.
public struct PlanFailure: Sendable, Equatable, Codable {
  /// The plan's path relative to the batch folder.
  public var file: String
  /// A stable code for the kind of failure, such as `malformed_xml`.
  public var code: String
  /// The full explanation, with what to do.
  public var message: String
  /// The 1-based line of the problem, when known.
  public var line: Int?
  /// The 1-based column of the problem, when known.
  public var column: Int?

  /// Creates a failure.
  public init(file: String, code: String, message: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.code = code
    self.message = message
    self.line = line
    self.column = column
  }

  /// `file[:line:column]`, for people.
  public var position: String {
    guard let line else { return file }
    return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
  }
}
