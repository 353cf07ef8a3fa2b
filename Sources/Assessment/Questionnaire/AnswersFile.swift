import Foundation
import PlanReading
import Scoring

/// Answers for the questionnaire given as a file (`scorecard assess`): the questionnaire's
/// answers written down beforehand, so an assessment can be scripted or a
/// paper assessment typed in later.
///
/// One line per criterion, in any order: `<criterion-id> <level|-> [remark…]`,
/// where `-` accepts the engine's level (and keeps its "not applicable") and
/// the rest of the line is the remark. Blank lines and lines starting with `#`
/// are skipped. Every criterion of the rubric needs a line, so a forgotten one
/// is an error instead of a silent "agree".
public enum AnswersFile {
  /// The answer to one criterion.
  public struct Answer: Sendable, Equatable {
    /// The level given; `nil` for `-` (accept the engine's level).
    public var level: Int?
    /// The remark; `nil` when the line has none.
    public var remark: String?
    /// The 1-based line the answer stands on.
    public var line: Int

    /// Creates an answer.
    public init(level: Int?, remark: String?, line: Int) {
      self.level = level
      self.remark = remark
      self.line = line
    }
  }

  // MARK: - Reading

  /// Reads the answers in a file for the criteria on `card`.
  /// - Throws: ``AnswersFileError`` naming the file and the line.
  public static func load(from path: String, card: Scorecard) throws(AnswersFileError)
    -> [String: Answer]
  {
    let data: Data
    do {
      data = try FileAccess.read(path)
    } catch {
      throw .unreadable(path: path, reason: error.reason)
    }
    guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
      throw .notText(path: path)
    }
    return try parse(text, path: path, card: card)
  }

  /// Parses answers for the criteria on `card`.
  /// - Parameter path: The file's path, for messages.
  /// - Throws: ``AnswersFileError`` naming the file and the line.
  public static func parse(_ text: String, path: String, card: Scorecard) throws(AnswersFileError)
    -> [String: Answer]
  {
    let ids = card.criteria.map(\.id)
    var answers: [String: Answer] = [:]
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for (offset, raw) in lines.enumerated() {
      let number = offset + 1
      let line = raw.trimmingCharacters(in: .whitespaces.union(["\u{FEFF}"]))
      if line.isEmpty || line.hasPrefix("#") { continue }
      // Split on scalars: a space followed by a combining mark is one Character.
      let fields = line.unicodeScalars.split(maxSplits: 2, omittingEmptySubsequences: true) {
        $0 == " " || $0 == "\t"
      }
      .map { String(Substring($0)).trimmingCharacters(in: .whitespaces) }
      let id = fields[0]
      guard let criterion = card.criteria.first(where: { $0.id == id }) else {
        throw .unknownCriterion(path: path, line: number, id: id, known: ids)
      }
      if let first = answers[id] {
        throw .duplicate(path: path, line: number, id: id, firstLine: first.line)
      }
      guard fields.count > 1 else { throw .missingLevel(path: path, line: number, id: id) }
      let value = fields[1]
      let level: Int?
      if value == "-" {
        level = nil
      } else if value.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(value),
        (0...criterion.maxLevel).contains(number)
      {
        level = number
      } else {
        throw .invalidLevel(
          path: path, line: number, id: id, value: value, maxLevel: criterion.maxLevel)
      }
      let remark = fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil
      answers[id] = Answer(level: level, remark: remark, line: number)
    }
    let missing = ids.filter { answers[$0] == nil }
    guard missing.isEmpty else { throw .missingCriteria(path: path, ids: missing) }
    return answers
  }

  // MARK: - Writing

  /// An answers file that gives `assessment` again: a comment line, then one
  /// line per criterion (`-` where the assessor kept "not applicable").
  /// - Parameters:
  ///   - assessment: The assessment.
  ///   - source: What the comment line says the file is for, before the
  ///     assessor and the date.
  public static func render(_ assessment: Assessment, source: String = "answers") -> String {
    var lines = ["# \(source): \(assessment.assessor), \(assessment.date)"]
    for criterion in assessment.criteria {
      let level = criterion.level.map(String.init) ?? "-"
      let remark = criterion.remark.map { " " + $0.replacingOccurrences(of: "\n", with: " ") } ?? ""
      lines.append("\(criterion.id) \(level)\(remark)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
