import Foundation
import PlanReading

// MARK: - Loading

extension Rubric {
  /// Loads and checks the rubric file at `url`.
  /// - Throws: `RubricError` with every problem in the file when it cannot be
  ///   read or has any error; warnings alone do not stop loading.
  public init(contentsOf url: URL) throws(RubricError) {
    let data = try Self.read(url).get()
    try self.init(data: data, source: Self.source(of: url))
  }

  /// Loads and checks a rubric from its bytes.
  /// - Parameter source: The file path or another name, used in messages.
  /// - Throws: `RubricError` with every problem when there is any error.
  public init(data: Data, source: String) throws(RubricError) {
    self = try RubricLoader.load(bytes: [UInt8](data), source: source)
  }

  /// Checks the rubric file at `url` and returns every problem, warnings
  /// included, with the rubric when there is no error.
  public static func check(contentsOf url: URL) -> RubricCheck {
    switch read(url) {
    case .success(let data):
      return check(data: data, source: source(of: url))
    case .failure(let error):
      return RubricCheck(source: error.source, rubric: nil, problems: error.problems)
    }
  }

  /// The name of the rubric file at `url` in messages.
  private static func source(of url: URL) -> String {
    url.isFileURL ? url.path : url.absoluteString
  }

  /// The bytes of the rubric file at `url`, or the problem that it cannot be read.
  private static func read(_ url: URL) -> Result<Data, RubricError> {
    do {
      return .success(try FileAccess.read(url.path))
    } catch {
      let message =
        error.notFound
        ? "file not found; check the path and the spelling of the file name"
        : "cannot read the file (\(error.reason)); give the rubric's JSON file"
      return .failure(
        RubricError(source: source(of: url), problems: [RubricProblem(path: "", message: message)]))
    }
  }

  /// Checks a rubric from its bytes and returns every problem, warnings
  /// included, with the rubric when there is no error.
  /// - Parameter source: The file path or another name, used in messages.
  public static func check(data: Data, source: String) -> RubricCheck {
    RubricLoader.check(bytes: [UInt8](data), source: source)
  }
}

// MARK: - The loader

/// Parses, reads and validates a rubric, and merges the problems of each step.
enum RubricLoader {
  /// The rubric in `bytes`. Its warnings are not shown, so they are looked
  /// for only when there is an error, whose message lists every problem.
  /// - Throws: `RubricError` with every problem, warnings included, when
  ///   there is any error.
  static func load(bytes: [UInt8], source: String) throws(RubricError) -> Rubric {
    if let rubric = check(bytes: bytes, source: source, warnings: false).rubric { return rubric }
    return try check(bytes: bytes, source: source).loaded()
  }

  /// Every problem in `bytes`, with the rubric when there is no error; only
  /// the errors unless `warnings` (the errors are the same either way).
  static func check(bytes: [UInt8], source: String, warnings: Bool = true) -> RubricCheck {
    func failed(_ problem: RubricProblem) -> RubricCheck {
      RubricCheck(source: source, rubric: nil, problems: [problem])
    }
    if bytes.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
      return failed(
        RubricProblem(path: "", message: "the file is empty; a rubric is a JSON object"))
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      return failed(
        RubricProblem(
          path: "", message: "not valid JSON: \(error.message)",
          line: error.position.line, column: error.position.column))
    }
    if let problem = RubricReader.unsupportedFormat(in: root) { return failed(problem) }

    var reader = RubricReader()
    let hash = SHA256Hex.of(bytes)
    let rubric = reader.rubric(root, contentHash: hash)
    let readerPaths = reader.standInPaths
    let unreliable = ValidationTopic.unreliable(after: readerPaths)
    let validated = RubricValidator.findings(in: rubric, warnings: warnings).filter { finding in
      finding.topics.isDisjoint(with: unreliable)
        && !readerPaths.contains { overlaps(finding.problem.path, $0) }
    }.map(\.problem)

    let found = reader.problems + validated
    guard !found.isEmpty else { return RubricCheck(source: source, rubric: rubric, problems: []) }
    let positions = RubricPositions(root: root)
    let problems = found.map { problem in
      var problem = problem
      if problem.line == nil, let position = positions.position(of: problem.path) {
        problem.line = position.line
        problem.column = position.column
      }
      return problem
    }
    let sorted = problems.enumerated().sorted { lhs, rhs in
      let left = (lhs.element.line ?? .max, lhs.element.column ?? .max, lhs.offset)
      let right = (rhs.element.line ?? .max, rhs.element.column ?? .max, rhs.offset)
      return left < right
    }.map(\.element)
    let hasError = sorted.contains(where: \.isError)
    return RubricCheck(source: source, rubric: hasError ? nil : rubric, problems: sorted)
  }

  /// Whether one path lies within the other: a validator finding there would
  /// repeat a problem the reader already reported.
  private static func overlaps(_ path: String, _ other: String) -> Bool {
    RubricPath.path(path, isWithin: other) || RubricPath.path(other, isWithin: path)
  }
}

// MARK: - Throwing

extension RubricCheck {
  /// The rubric, or a `RubricError` with every problem when there is an error.
  fileprivate func loaded() throws(RubricError) -> Rubric {
    guard let rubric else { throw RubricError(source: source, problems: problems) }
    return rubric
  }
}
