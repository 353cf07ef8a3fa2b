import Foundation
import Scoring

/// Refuses values in an assessment file that no questionnaire writes, with
/// the line and column of the value: fractional or negative levels, a
/// criterion judged twice, an empty assessor, a date that is not a day, a
/// malformed SHA-256, an engine grade outside 1–10, and, against the rubric
/// it is used with, levels above its scale and criteria it does not have.
struct AssessmentCheck {
  /// The file's path, for messages.
  let path: String
  /// The parsed file, for positions.
  let outline: JSONOutline

  /// Levels must be whole numbers; checked before decoding, so a `1.5` gets
  /// its own message and position.
  func wholeLevels() throws(AssessmentError) {
    for index in 0..<(outline.count(at: [.key("criteria")]) ?? 0) {
      for key in ["level", "engine_level"] {
        let steps: [JSONOutline.Step] = [.key("criteria"), .index(index), .key(key)]
        guard let number = outline.number(at: steps),
          number.rounded() != number || abs(number) > 1_000_000
        else { continue }
        throw fail(
          steps,
          "`criteria[\(index)].\(key)` is \(Self.format(number)); a level is a whole number "
            + "of the rubric's scale (0, 1, 2 …)")
      }
    }
  }

  /// The checks that need no rubric.
  func values(of assessment: Assessment) throws(AssessmentError) {
    if assessment.assessor.trimmingCharacters(in: .whitespaces).isEmpty {
      throw fail([.key("assessor")], "`assessor` is empty; give a name or initials")
    }
    if !Self.isDay(assessment.date) {
      throw fail(
        [.key("date")],
        "`date` is '\(assessment.date.clipped())', not a day; write it as YYYY-MM-DD, "
          + "such as 2026-05-03")
    }
    for (key, sha) in [("plan", assessment.plan.sha256), ("rubric", assessment.rubric.sha256)]
    where !Self.isSHA256(sha) {
      throw fail(
        [.key(key), .key("sha256")],
        "`\(key).sha256` is '\(sha.clipped())', not a SHA-256 (64 hexadecimal digits); "
          + "assess the plan again with `scorecard assess` to record it")
    }
    let grade = assessment.engineGrade
    if !grade.isFinite || !(1...10).contains(grade) {
      throw fail(
        [.key("engine_grade")],
        "`engine_grade` is \(Self.format(grade)); a grade lies between 1 and 10")
    }
    var seen: Set<String> = []
    for (index, criterion) in assessment.criteria.enumerated() {
      if !seen.insert(criterion.id).inserted {
        throw fail(
          [.key("criteria"), .index(index), .key("id")],
          "criterion '\(criterion.id.clipped())' is judged twice; keep one entry")
      }
      for (key, level) in [("level", criterion.level), ("engine_level", criterion.engineLevel)] {
        if let level, level < 0 {
          throw fail(
            [.key("criteria"), .index(index), .key(key)],
            "criterion '\(criterion.id.clipped())' has \(key) \(level); levels start at 0")
        }
      }
    }
  }

  /// The checks against the rubric the assessment is used with: levels on its
  /// scale, and (when the assessment names this very rubric file) only
  /// criteria it has. An assessment of another rubric is refused elsewhere.
  func fits(_ assessment: Assessment, rubric: Rubric) throws(AssessmentError) {
    guard assessment.rubric.id == rubric.id else { return }
    let maxLevel = rubric.scale.maxLevel
    let known = Set(rubric.criteria.map(\.id))
    let sameFile = assessment.rubric.sha256 == rubric.contentHash
    for (index, criterion) in assessment.criteria.enumerated() {
      if sameFile, !known.contains(criterion.id) {
        throw fail(
          [.key("criteria"), .index(index), .key("id")],
          "unknown criterion '\(criterion.id.clipped())'; rubric \(rubric.id) has "
            + rubric.criteria.map(\.id).joined(separator: ", "))
      }
      for (key, level) in [("level", criterion.level), ("engine_level", criterion.engineLevel)] {
        if let level, level > maxLevel {
          throw fail(
            [.key("criteria"), .index(index), .key(key)],
            "criterion '\(criterion.id.clipped())' has \(key) \(level), but the scale of "
              + "\(rubric.id) runs from 0 to \(maxLevel)")
        }
      }
    }
  }

  /// The file and position of the value a decoding error is about.
  func place(of error: any Error) -> String {
    guard let error = error as? DecodingError else { return path }
    let context: DecodingError.Context
    switch error {
    case .keyNotFound(_, let found), .typeMismatch(_, let found), .valueNotFound(_, let found),
      .dataCorrupted(let found):
      context = found
    @unknown default:
      return path
    }
    let steps = context.codingPath.map { key -> JSONOutline.Step in
      key.intValue.map { .index($0) } ?? .key(key.stringValue)
    }
    let (line, column) = outline.position(of: steps)
    return "\(path):\(line):\(column)"
  }

  // MARK: - Helpers

  private func fail(_ steps: [JSONOutline.Step], _ detail: String) -> AssessmentError {
    let (line, column) = outline.position(of: steps)
    return .invalidValue(path: "\(path):\(line):\(column)", detail: detail)
  }

  /// `YYYY-MM-DD` naming a day that exists.
  static func isDay(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), day >= 1
    else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= days[month - 1]
  }

  /// 64 lowercase hexadecimal digits.
  static func isSHA256(_ text: String) -> Bool {
    text.utf8.count == 64
      && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }

  private static func format(_ number: Double) -> String {
    number.rounded() == number && abs(number) < 1e15
      ? String(Int(number)) : String(number).clipped()
  }
}
