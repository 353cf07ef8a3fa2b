/// What a ``Questionnaire`` says after a line of input, and whether it wants more.
public struct QuestionnaireReply: Sendable, Equatable {
  /// Where the questionnaire stands after the line.
  public enum State: Sendable, Equatable {
    /// It waits for the next line; `text` ends with the prompt.
    case waiting
    /// The assessor confirmed: ``Questionnaire/assessment`` is ready to save
    /// in ``Questionnaire/outputFile``.
    case finished
    /// The assessor chose not to save; nothing must be written.
    case declined
  }

  /// The text to show, exactly as is: it has no newline after a prompt.
  public var text: String
  /// Where the questionnaire stands.
  public var state: State

  /// Creates a reply.
  public init(text: String, state: State) {
    self.text = text
    self.state = state
  }
}
