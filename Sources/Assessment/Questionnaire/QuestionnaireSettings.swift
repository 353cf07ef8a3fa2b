import PlanReading

/// How a ``Questionnaire`` asks its questions and what it puts in the file.
public struct QuestionnaireSettings: Sendable {
  /// The language of the questions and of the texts around them.
  public var language: PlanLanguage
  /// The assessor's name; `nil` makes the questionnaire ask for it first.
  public var assessor: String?
  /// The day of the assessment, `YYYY-MM-DD`.
  public var date: String
  /// The file to save in; `nil` for ``AssessmentFileName/defaultName(plan:assessor:)``.
  public var output: String?
  /// How many of the engine's quotes to show (and keep in the file) per criterion.
  public var evidenceLimit: Int
  /// The width lines are wrapped at.
  public var width: Int
  /// Whether a file already exists at a path.
  ///
  /// The confirmation says when the file will be replaced; the questionnaire
  /// does no I/O of its own, so the caller answers this.
  public var fileExists: @Sendable (String) -> Bool

  /// Creates settings.
  /// - Parameters:
  ///   - language: The language of the questions (Dutch by default).
  ///   - assessor: The assessor's name, or `nil` to ask for it.
  ///   - date: The day of the assessment, `YYYY-MM-DD`.
  ///   - output: The file to save in, or `nil` for the default name.
  ///   - evidenceLimit: Quotes shown per criterion (3).
  ///   - width: The line width (96, so a 100-column terminal never wraps).
  ///   - fileExists: Whether a file exists at a path (`false` for every path).
  public init(
    language: PlanLanguage = .nl, assessor: String? = nil, date: String,
    output: String? = nil, evidenceLimit: Int = 3, width: Int = 96,
    fileExists: @escaping @Sendable (String) -> Bool = { _ in false }
  ) {
    self.language = language
    self.assessor = assessor
    self.date = date
    self.output = output
    self.evidenceLimit = evidenceLimit
    self.width = width
    self.fileExists = fileExists
  }
}
