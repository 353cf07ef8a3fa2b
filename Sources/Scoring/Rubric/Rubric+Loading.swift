import Foundation
import PlanReading

// MARK: - Loading

extension Rubric {
  /// Loads and checks the rubric file at `url`.
  /// - Throws: `RubricError` with every problem in the file when it cannot be
  ///   read or has any error; warnings alone do not stop loading.
  public init(contentsOf url: URL) throws(RubricError) {
    self = try Self.check(contentsOf: url).loaded()
  }

  /// Loads and checks a rubric from its bytes.
  /// - Parameter source: The file path or another name, used in messages.
  /// - Throws: `RubricError` with every problem when there is any error.
  public init(data: Data, source: String) throws(RubricError) {
    self = try Self.check(data: data, source: source).loaded()
  }

  /// Checks the rubric file at `url` and returns every problem, warnings
  /// included, with the rubric when there is no error.
  public static func check(contentsOf url: URL) -> RubricCheck {
    let source = url.isFileURL ? url.path : url.absoluteString
    do {
      return check(data: try FileAccess.read(url.path), source: source)
    } catch {
      let message =
        error.notFound
        ? "file not found; check the path and the spelling of the file name"
        : "cannot read the file (\(error.reason)); give the rubric's JSON file"
      return RubricCheck(
        source: source, rubric: nil, problems: [RubricProblem(path: "", message: message)])
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
  /// Every problem in `bytes`, with the rubric when there is no error.
  static func check(bytes: [UInt8], source: String) -> RubricCheck {
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
    let validated = RubricValidator.findings(in: rubric).filter { finding in
      finding.topics.isDisjoint(with: unreliable)
        && !readerPaths.contains { overlaps(finding.problem.path, $0) }
    }.map(\.problem)

    let positions = RubricPositions(root: root)
    let problems = (reader.problems + validated).map { problem in
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
