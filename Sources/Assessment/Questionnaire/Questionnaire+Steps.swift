extension Questionnaire {
  // MARK: - Steps

  /// A typed command that works at every prompt.
  enum Command { case back, help }

  /// The command `input` is (`t`/`terug`/`b`/`back`, `?`/`hulp`/`help`), if any.
  func command(_ input: String) -> Command? {
    switch input.lowercased() {
    case "t", "terug", "b", "back": return .back
    case "?", "hulp", "help": return .help
    default: return nil
    }
  }

  /// Takes the assessor's name; an empty one is asked again unless known.
  mutating func answerName(_ input: String) -> QuestionnaireReply {
    switch command(input) {
    case .help: return waiting(message(strings.nameHelp) + namePrompt())
    case .back: return waiting(message(strings.nothingBefore) + namePrompt())
    case nil: break
    }
    if !input.isEmpty {
      assessor = input
    } else if assessor == nil {
      return waiting(message(strings.emptyName) + namePrompt())
    }
    return advance(to: 0)
  }

  /// Takes a level for question `index`: Enter for the default, or a level of
  /// the scale; anything else is named and the question asked again.
  mutating func answerLevel(_ input: String, at index: Int) -> QuestionnaireReply {
    if Self.allFindingsKeys.contains(input.lowercased()) {
      return waiting(allFindings(index) + levelPrompt(index))
    }
    switch command(input) {
    case .help: return waiting(levelHelp(index) + levelPrompt(index))
    case .back:
      if index > 0 { return advance(to: index - 1) }
      if settings.assessor == nil {
        stage = .name
        return waiting(namePrompt())
      }
      return waiting(message(strings.nothingBefore) + levelPrompt(index))
    case nil: break
    }
    let level: Int?
    if input.isEmpty {
      level = defaultLevel(index)
    } else if input.allSatisfy(\.isASCII), input.allSatisfy(\.isNumber), let value = Int(input),
      allowedLevels(index).contains(value)
    {
      level = value
    } else {
      let criterion = card.criteria[index]
      let invalid = strings.invalidLevel(
        input, allowed: allowedLevels(index), default: defaultLevelName(index))
      return waiting(
        message(invalid) + message(localized(criterion.question)) + levelPrompt(index))
    }
    answers[index] = Answer(level: level, remark: answers[index]?.remark)
    stage = .remark(index)
    return waiting(remarkPrompt(index))
  }

  /// What shows all the engine's findings at a level prompt (`a`, `alles`, `all`).
  static let allFindingsKeys: Set<String> = ["a", "alles", "all"]

  /// Takes the remark for question `index` (Enter skips or keeps, `-` removes).
  mutating func answerRemark(_ input: String, at index: Int) -> QuestionnaireReply {
    switch command(input) {
    case .help: return waiting(message(strings.remarkHelp) + remarkPrompt(index))
    case .back: return advance(to: index)
    case nil: break
    }
    if !input.isEmpty {
      answers[index]?.remark = input == "-" ? nil : input
    }
    return advance(to: index + 1)
  }

  /// Takes the answer to "save?": yes, no, back, or a question number.
  mutating func answerConfirm(_ input: String) -> QuestionnaireReply {
    switch command(input) {
    case .help:
      return waiting(message(strings.confirmHelp(questions: questionCount)) + confirmPrompt())
    case .back:
      guard questionCount > 0 else {
        return waiting(message(strings.nothingBefore) + confirmPrompt())
      }
      return advance(to: questionCount - 1)
    case nil: break
    }
    switch input.lowercased() {
    case "", "j", "ja", "y", "yes":
      stage = .finished
      return QuestionnaireReply(text: "", state: .finished)
    case "n", "nee", "no":
      stage = .declined
      return QuestionnaireReply(text: message(strings.declined), state: .declined)
    default:
      if let number = Int(input), number >= 1, number <= questionCount {
        return advance(to: number - 1)
      }
      return waiting(
        message(strings.invalidConfirmation(input, questions: questionCount)) + confirmPrompt())
    }
  }

  /// Shows question `index`, or the summary and confirmation after the last.
  mutating func advance(to index: Int, after prefix: String = "") -> QuestionnaireReply {
    guard index < questionCount else {
      stage = .confirm
      return waiting(prefix + summary() + confirmPrompt())
    }
    stage = .level(index)
    return waiting(prefix + questionBlock(index) + levelPrompt(index))
  }

  /// The prompt of the current stage, without the text before it.
  func currentPrompt() -> String {
    switch stage {
    case .notStarted, .name: return namePrompt()
    case .level(let index): return levelPrompt(index)
    case .remark(let index): return remarkPrompt(index)
    case .confirm, .finished, .declined: return confirmPrompt()
    }
  }

  /// A message on lines of the settings' width, ending in a newline.
  func message(_ text: String) -> String {
    text.wrapped(width: settings.width) + "\n"
  }

  /// A reply that waits for the next line.
  func waiting(_ text: String) -> QuestionnaireReply {
    QuestionnaireReply(text: text, state: .waiting)
  }
}
