import Foundation
import PlanReading

/// Reference codes made by careful human coders (`labels.json`): per plan file
/// the agreed ladder rung and a level per criterion, with short quotes.
///
/// Format: `{"format": 1, "criteria": [ids…], "plans": {"<file>": {"rung": n,
/// "levels": {"<criterion>": n, …}, "evidence": {…}}}}`; other keys are notes.
public struct CalibrationLabels: Sendable, Equatable, Decodable {
  /// The version of the labels format (1).
  public var format: Int
  /// The criterion ids, in order.
  public var criteria: [String]
  /// The codes per plan file name.
  public var plans: [String: LabelledPlan]

  /// Reads a labels file.
  /// - Throws: ``CalibrationError`` naming the file and what is wrong.
  public init(contentsOf url: URL) throws(CalibrationError) {
    let data: Data
    do {
      data = try FileAccess.read(url.path)
    } catch {
      throw .unreadableLabels(path: url.path, reason: error.reason)
    }
    do {
      self = try JSONDecoder().decode(CalibrationLabels.self, from: data)
    } catch let error as DecodingError {
      throw .malformedLabels(path: url.path, reason: error.pathDescription)
    } catch {
      throw .malformedLabels(path: url.path, reason: DecodingProblem.words(for: error))
    }
    guard format == 1 else {
      throw .malformedLabels(
        path: url.path, reason: "format \(format) is not supported; expected 1")
    }
  }
}

/// The reference codes of one plan.
public struct LabelledPlan: Sendable, Equatable, Decodable {
  /// The agreed ladder rung.
  public var rung: Int
  /// The agreed level per criterion id.
  public var levels: [String: Int]
  /// The coders' short quotes per criterion (and `rung`), when given.
  public var evidence: [String: String]?
}

/// Why calibration could not run.
public enum CalibrationError: Error, Sendable, Equatable {
  /// The labels file could not be read.
  case unreadableLabels(path: String, reason: String)
  /// The labels file is not in the expected format.
  case malformedLabels(path: String, reason: String)
}

extension CalibrationError: LocalizedError {
  /// `path: what is wrong. What to do.`
  public var errorDescription: String? {
    switch self {
    case .unreadableLabels(let path, let reason):
      return "\(path): cannot read the labels (\(reason)). Check the path."
    case .malformedLabels(let path, let reason):
      return "\(path): not a labels file (\(reason)). "
        + "Expected {\"format\": 1, \"criteria\": [...], \"plans\": {file: {\"rung\", \"levels\"}}}."
    }
  }
}

extension DecodingError {
  /// The coding path and the problem, for people.
  var pathDescription: String {
    let (context, what): (Context, String) =
      switch self {
      case .typeMismatch(_, let context): (context, "wrong type")
      case .valueNotFound(_, let context): (context, "missing value")
      case .keyNotFound(let key, let context): (context, "missing key `\(key.stringValue)`")
      case .dataCorrupted(let context): (context, "invalid JSON")
      @unknown default: (Context(codingPath: [], debugDescription: ""), "invalid")
      }
    let path = context.codingPath.map(\.stringValue).joined(separator: ".")
    return path.isEmpty ? "\(what): \(context.debugDescription)" : "at `\(path)`: \(what)"
  }
}
