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

  /// `path[:line]: what is wrong. What to do.`, in English.
  public var errorDescription: String? {
    message(in: .en)
  }

  /// `path[:line]: what is wrong. What to do.`, in `language`.
  public func message(in language: PlanLanguage) -> String {
    MessageCatalogue.render(message, in: language)
  }

  /// The error as a code of ``MessageCatalogue`` (`error.answers.` + case)
  /// with its arguments.
  public var message: Message {
    switch self {
    case .unreadable(let path, let reason):
      return Message(
        code: "error.answers.unreadable", arguments: ["path": path, "reason": reason])
    case .notText(let path):
      return Message(code: "error.answers.not_text", arguments: ["path": path])
    case .unknownCriterion(let path, let line, let id, let known):
      return Message(
        code: "error.answers.unknown_criterion",
        arguments: [
          "path": path, "line": "\(line)", "id": id.clipped(),
          "known": known.joined(separator: ", "),
        ])
    case .missingLevel(let path, let line, let id):
      return Message(
        code: "error.answers.missing_level", arguments: ["path": path, "line": "\(line)", "id": id])
    case .invalidLevel(let path, let line, let id, let value, let maxLevel):
      return Message(
        code: "error.answers.invalid_level",
        arguments: [
          "path": path, "line": "\(line)", "id": id, "value": value.clipped(),
          "max_level": "\(maxLevel)",
        ])
    case .duplicate(let path, let line, let id, let firstLine):
      return Message(
        code: "error.answers.duplicate",
        arguments: ["path": path, "line": "\(line)", "id": id, "first_line": "\(firstLine)"])
    case .missingCriteria(let path, let ids):
      return Message(
        code: "error.answers.missing_criteria",
        arguments: [
          "path": path, "ids": ids.map { "'\($0)'" }.joined(separator: ", "),
          "first_id": ids.first ?? "id",
        ])
    }
  }
}
