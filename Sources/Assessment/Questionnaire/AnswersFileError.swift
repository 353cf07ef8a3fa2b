import Foundation
import PlanReading

/// Why an answers file (see ``AnswersFile``) cannot be used.
public enum AnswersFileError: Error, Equatable, LocalizedError {
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// The file is not UTF-8 text (binary, or UTF-16).
  case notText(path: String)
  /// A line names a criterion the rubric does not have.
  case unknownCriterion(path: String, line: Int, id: String, known: [String])
  /// A line has a criterion id but no level.
  case missingLevel(path: String, line: Int, id: String)
  /// A line's level is not a level of the scale and not `-`.
  case invalidLevel(path: String, line: Int, id: String, value: String, maxLevel: Int)
  /// A criterion is answered on two lines.
  case duplicate(path: String, line: Int, id: String, firstLine: Int)
  /// Some criteria have no line.
  case missingCriteria(path: String, ids: [String])

  public var errorDescription: String? {
    switch self {
    case .unreadable(let path, let reason):
      return "\(path): cannot read the answers file (\(reason)). Check the path."
    case .notText(let path):
      return "\(path): not UTF-8 text (it is binary, or in another encoding such as UTF-16). "
        + "Save the answers as plain UTF-8 text, one line per criterion."
    case .unknownCriterion(let path, let line, let id, let known):
      return "\(path):\(line): unknown criterion '\(id.clipped())'. The rubric's criteria are: "
        + known.joined(separator: ", ") + ". Fix the id or remove the line."
    case .missingLevel(let path, let line, let id):
      return "\(path):\(line): criterion '\(id)' has no level. Write `\(id) <level> [remark]`, "
        + "or `\(id) -` to accept the engine's level."
    case .invalidLevel(let path, let line, let id, let value, let maxLevel):
      return
        "\(path):\(line): '\(value.clipped())' is not a level for '\(id)'. Use a whole number from "
        + "0 to \(maxLevel), or - to accept the engine's level."
    case .duplicate(let path, let line, let id, let firstLine):
      return "\(path):\(line): criterion '\(id)' is answered again (first on line "
        + "\(firstLine)). Keep one line per criterion."
    case .missingCriteria(let path, let ids):
      return "\(path): no line for " + ids.map { "'\($0)'" }.joined(separator: ", ")
        + ". Add one line per criterion; `\(ids.first ?? "id") -` accepts the engine's level."
    }
  }
}
