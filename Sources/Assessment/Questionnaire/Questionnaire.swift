import Foundation
import PlanReading
import Scoring

/// The guided assessment of one plan, as a pure state machine.
///
/// It asks, per criterion in rubric order, the resident's question with what
/// the engine found, takes the assessor's level and remark, shows a summary
/// and asks to save. It does no I/O: the caller shows each reply's text and feeds it the
/// lines the assessor types, one at a time, until the reply is finished or
/// declined. Then ``assessment`` is the file to write.
///
/// At every prompt `?` shows help and `t`/`terug` (or `b`/`back`) goes back
/// one step; Enter accepts the level shown as the default (the engine's, or
/// the assessor's own earlier answer after going back).
public struct Questionnaire: Sendable {
  /// Where the questionnaire stands.
  enum Stage: Equatable, Sendable {
    case notStarted, name
    case level(Int), remark(Int)
    case confirm, finished, declined
  }

  /// The assessor's answer to one criterion so far.
  struct Answer: Equatable, Sendable {
    /// The level given; `nil` when the engine's "not applicable" was kept.
    var level: Int?
    /// The remark; `nil` when skipped.
    var remark: String?
  }

  /// The engine's scorecard of the plan: the questions' order, levels and quotes.
  public let card: Scorecard
  /// The rubric the card was scored with: what each level means.
  let rubric: Rubric
  /// How to ask and what to save.
  public let settings: QuestionnaireSettings
  /// The texts in the settings' language.
  let strings: QuestionnaireStrings
  /// Where the questionnaire stands.
  var stage: Stage = .notStarted
  /// The assessor's name, from the settings or the first answer.
  public internal(set) var assessor: String?
  /// Per criterion, in card order, the answer so far (`nil` until answered).
  var answers: [Answer?]

  /// Creates a questionnaire for the plan on `card`.
  /// - Parameters:
  ///   - card: The engine's scorecard of the plan.
  ///   - rubric: The rubric `card` was scored with.
  ///   - settings: Language, assessor, date and file.
  public init(card: Scorecard, rubric: Rubric, settings: QuestionnaireSettings) {
    self.card = card
    self.rubric = rubric
    self.settings = settings
    self.strings = QuestionnaireStrings(language: settings.language)
    let name = settings.assessor?.trimmingCharacters(in: .whitespaces) ?? ""
    self.assessor = name.isEmpty ? nil : name
    self.answers = Array(repeating: nil, count: card.criteria.count)
  }

  // MARK: - Results

  /// The number of questions: one per criterion.
  public var questionCount: Int { card.criteria.count }

  /// The file the assessment is saved in; `nil` while the name is unknown.
  public var outputFile: String? {
    if let output = settings.output { return output }
    return assessor.map { AssessmentFileName.defaultName(plan: card.plan.source, assessor: $0) }
  }

  /// The assessment to save, once the assessor confirmed; `nil` before.
  public var assessment: Assessment? {
    guard stage == .finished, let assessor else { return nil }
    var levels: [String: Int] = [:]
    var remarks: [String: String] = [:]
    for (criterion, answer) in zip(card.criteria, answers) {
      if let level = answer?.level { levels[criterion.id] = level }
      if let remark = answer?.remark { remarks[criterion.id] = remark }
    }
    return Assessment(
      card: card, assessor: assessor, date: settings.date, language: settings.language.rawValue,
      levels: levels, remarks: remarks, evidenceLimit: settings.evidenceLimit)
  }

  /// What to say when the input ends before the assessor confirmed.
  public var endOfInputMessage: String {
    switch stage {
    case .level(let index), .remark(let index):
      return strings.inputEnded(atQuestion: index + 1, of: questionCount)
    case .notStarted, .name, .confirm, .finished, .declined:
      return strings.inputEndedBeforeSaving
    }
  }

  // MARK: - Input

  /// The introduction and the first question.
  public mutating func start() -> QuestionnaireReply {
    guard stage == .notStarted else { return waiting(currentPrompt()) }
    if assessor == nil {
      stage = .name
      return waiting(introduction() + "\n" + namePrompt())
    }
    return advance(to: 0, after: introduction())
  }

  /// Takes one line the assessor typed (without its newline).
  /// - Returns: The text to show next, and whether more input is wanted.
  public mutating func answer(_ line: String) -> QuestionnaireReply {
    let input = line.trimmingCharacters(in: .whitespacesAndNewlines)
    switch stage {
    case .notStarted: return start()
    case .name: return answerName(input)
    case .level(let index): return answerLevel(input, at: index)
    case .remark(let index): return answerRemark(input, at: index)
    case .confirm: return answerConfirm(input)
    case .finished: return QuestionnaireReply(text: "", state: .finished)
    case .declined: return QuestionnaireReply(text: "", state: .declined)
    }
  }

  /// Takes all answers at once from an answers file.
  ///
  /// The questions and the confirmation are skipped: the reply is the summary
  /// and its state finished (``assessment`` is ready). Needs the assessor's
  /// name in the settings; without it, this is ``start()``.
  public mutating func take(_ answers: [String: AnswersFile.Answer]) -> QuestionnaireReply {
    guard assessor != nil else { return start() }
    for (index, criterion) in card.criteria.enumerated() {
      let answer = answers[criterion.id]
      self.answers[index] = Answer(
        level: answer?.level ?? criterion.level, remark: answer?.remark)
    }
    stage = .finished
    return QuestionnaireReply(text: summary(), state: .finished)
  }

  // MARK: - Levels

  /// The levels the assessor may give question `index`: 0 up to the scale's top.
  func allowedLevels(_ index: Int) -> ClosedRange<Int> {
    0...max(card.criteria[index].maxLevel, 0)
  }

  /// What Enter gives: the assessor's earlier level after going back, else the engine's.
  func defaultLevel(_ index: Int) -> Int? {
    if let earlier = answers[index] { return earlier.level }
    return card.criteria[index].level
  }

  /// The default level as shown, such as `1` or `n.v.t.`.
  func defaultLevelName(_ index: Int) -> String {
    levelName(defaultLevel(index))
  }

  /// A level as shown: its number, or the scale's "not applicable" label.
  func levelName(_ level: Int?) -> String {
    level.map(String.init) ?? rubric.scale.notApplicable.text(in: settings.language)
  }
}
