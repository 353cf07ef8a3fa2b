import Foundation
import Scoring

/// The state of a resident's assessment as it travels in the form.
///
/// It holds the name, the step, and per criterion answered so far the level
/// and remark. Nothing of it is kept on the server.
struct AssessmentForm: Sendable {
  /// The assessor's name or initials.
  var assessor: String
  /// The criterion asked now (0-based); the card's count means "done".
  var step: Int
  /// Per criterion id, the level given; `nil` for "does not apply".
  var levels: [String: Int?] = [:]
  /// Per criterion id, the remark given.
  var remarks: [String: String] = [:]

  /// Reads the state for the criteria of `card`, then moves by `go`
  /// (`start`, `back`, `next`, `finish`, `download`).
  /// - Throws: ``WebError/badForm(_:)`` when the name is missing.
  init(form: FormFields, card: Scorecard) throws(WebError) {
    guard let name = form.text("assessor") else {
      throw .badForm("fill in your name or initials")
    }
    assessor = String(name.prefix(100))
    let count = card.criteria.count
    step = min(max(Int(form.text("step") ?? "0") ?? 0, 0), count)
    for criterion in card.criteria {
      if let value = form.text("level_\(criterion.id)") {
        if value == "-" {
          levels[criterion.id] = .some(nil)
        } else if let level = Int(value), (0...criterion.maxLevel).contains(level) {
          levels[criterion.id] = level
        }
      }
      if let remark = form.text("remark_\(criterion.id)") {
        remarks[criterion.id] = String(remark.prefix(2000))
      }
    }
    switch form.text("go") {
    case "back": step = max(step - 1, 0)
    case "next": step = min(step + 1, count)
    case "finish", "download": step = count
    default: break
    }
  }

  /// The level shown as chosen for a criterion: the assessor's, else the engine's.
  func level(for criterion: CriterionResult) -> Int? {
    if let given = levels[criterion.id] { return given }
    return criterion.level
  }

  /// The levels for ``Assessment``: every criterion, the engine's where none was given.
  func allLevels(for card: Scorecard) -> [String: Int] {
    var result: [String: Int] = [:]
    for criterion in card.criteria {
      if let level = level(for: criterion) { result[criterion.id] = level }
    }
    return result
  }

  /// Hidden fields for every answer except the criterion at `skip`.
  func hiddenAnswers(for card: Scorecard, skipping skip: Int?) -> String {
    var html = hidden("assessor", assessor)
    for (index, criterion) in card.criteria.enumerated() where index != skip {
      if let given = levels[criterion.id] {
        html += hidden("level_\(criterion.id)", given.map(String.init) ?? "-")
      }
      if let remark = remarks[criterion.id] {
        html += hidden("remark_\(criterion.id)", remark)
      }
    }
    return html
  }

  /// Today, `YYYY-MM-DD`, in the server's time zone.
  static func today() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.calendar = Calendar(identifier: .gregorian)
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date())
  }
}
