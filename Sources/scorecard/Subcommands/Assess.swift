import ArgumentParser
import Assessment
import Foundation
import PlanReading
import Scoring

extension ScorecardCommand {
  /// `scorecard assess`: a resident scores a plan question by question, next
  /// to what the engine found, and saves an assessment file.
  struct Assess: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score a plan yourself, question by question, next to what the engine found.",
      discussion: """
        Asks each question of the rubric with what the engine found (its level and quotes). \
        Enter accepts the engine's level, 0, 1 or 2 gives another, t (terug; English: b) goes \
        back, ? shows help; then an optional remark. At the end a summary and "save?". \
        Ctrl-C stops without saving. Answers can also be piped on standard input, one per line.

        --answers <file>: one line per criterion, `<criterion-id> <level|-> [remark]`, where - \
        accepts the engine's level; blank lines and lines starting with # are skipped; every \
        criterion needs a line. Needs --assessor.

        Exit codes: 0 saved; 1 nothing saved (the input ended early, you chose not to save, the \
        plan could not be read, or the file could not be written); 2 usage, rubric or answers \
        file error; 130 stopped with Ctrl-C (nothing saved).
        """
    )

    @Argument(
      help: "The plan file (plain text, Markdown, XML, Word .docx, OpenDocument .odt or HTML).")
    var plan: String

    @Option(help: "A rubric file, or the id of a bundled rubric (default: lsa-participatie).")
    var rubric: String?

    @Option(help: "Your name or initials (asked first when not given).")
    var assessor: String?

    @Option(help: "The file to save in (default: <plan>.<name>.assessment.json here).")
    var out: String?

    @OptionGroup var language: LanguageOptions

    @Option(help: "Take the answers from this file instead of asking (see above).")
    var answers: String?

    @Option(help: "The day of the assessment, YYYY-MM-DD (default: today).")
    var date: String?

    func validate() throws {
      if let assessor, assessor.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("--assessor is empty; give your name or initials.")
      }
      if answers != nil && assessor == nil {
        throw ValidationError("--answers needs --assessor: the file holds no name.")
      }
      if let date, Self.day(date) == nil {
        throw ValidationError("--date '\(date)' is not a date; write it as YYYY-MM-DD.")
      }
      var isFolder: ObjCBool = false
      if let out, FileManager.default.fileExists(atPath: out, isDirectory: &isFolder),
        isFolder.boolValue
      {
        throw ValidationError("--out \(out) is a folder; give a file name, such as \(out)/me.json.")
      }
      if let out, !Self.folderIsWritable(of: out) {
        throw ValidationError("cannot write \(out): its folder does not exist or is not writable.")
      }
    }

    func run() throws {
      let rubric = try RubricOption.load(self.rubric)
      let card: Scorecard
      do {
        card = PlanScorer(rubric: rubric).score(try PlanReader().read(fileAt: plan))
      } catch {
        // No plan, so no plan language: the questionnaire's Dutch, or --lang.
        Console.error(CLIErrorMessage.text(for: error, language: language.language(or: .nl)))
        throw ExitCode(ExitStatus.inputFailed)
      }
      let lang = language.language(or: card.plan.language)
      InterruptGuard.install(message: QuestionnaireStrings(language: lang).interrupted)
      let settings = QuestionnaireSettings(
        language: lang, assessor: assessor, date: date ?? Self.today(), output: out,
        fileExists: { FileManager.default.fileExists(atPath: $0) })
      if out == nil && !Self.isWritableFolder(FileManager.default.currentDirectoryPath) {
        Console.error("cannot write in the current folder; give --out <file> in a writable folder.")
        throw ExitCode(ExitStatus.usage)
      }
      if let answers {
        try runWithAnswers(from: answers, card: card, rubric: rubric, settings: settings)
      } else {
        try runQuestionnaire(
          Questionnaire(card: card, rubric: rubric, settings: settings), language: lang)
      }
    }

    // MARK: - Modes

    /// Asks the questions on standard output and reads the answers, one line
    /// at a time, from standard input.
    private func runQuestionnaire(_ start: Questionnaire, language: PlanLanguage) throws {
      var questionnaire = start
      let echo = isatty(STDIN_FILENO) == 0
      var reply = questionnaire.start()
      while reply.state == .waiting {
        Self.show(reply.text)
        guard let line = readLine(strippingNewline: true) else {
          Self.show("\n")
          FileHandle.standardError.write(Data((questionnaire.endOfInputMessage + "\n").utf8))
          throw ExitCode(ExitStatus.inputFailed)
        }
        if echo { Self.show(line + "\n") }
        reply = questionnaire.answer(line)
      }
      Self.show(reply.text)
      guard reply.state == .finished, let assessment = questionnaire.assessment,
        let file = questionnaire.outputFile
      else { throw ExitCode(ExitStatus.inputFailed) }
      try save(assessment, to: file, strings: QuestionnaireStrings(language: language))
    }

    /// Reads the answers file, shows the summary and saves.
    private func runWithAnswers(
      from path: String, card: Scorecard, rubric: Rubric, settings: QuestionnaireSettings
    ) throws {
      let answers: [String: AnswersFile.Answer]
      do {
        answers = try AnswersFile.load(from: path, card: card)
      } catch {
        Console.error(CLIErrorMessage.text(for: error, language: settings.language))
        throw ExitCode(ExitStatus.usage)
      }
      var questionnaire = Questionnaire(card: card, rubric: rubric, settings: settings)
      Self.show(questionnaire.take(answers).text)
      guard let assessment = questionnaire.assessment, let file = questionnaire.outputFile else {
        throw ExitCode(ExitStatus.usage)
      }
      try save(assessment, to: file, strings: QuestionnaireStrings(language: settings.language))
    }

    // MARK: - Saving

    /// Writes the file atomically and says where; on failure prints the
    /// answers so they are not lost.
    private func save(_ assessment: Assessment, to file: String, strings: QuestionnaireStrings)
      throws
    {
      InterruptGuard.ignore()
      let replaced = FileManager.default.fileExists(atPath: file)
      do {
        try AssessmentFile.write(assessment, to: URL(fileURLWithPath: file))
      } catch {
        Console.error(CLIErrorMessage.text(for: error))
        Self.show(
          CLIStrings(language: strings.language).answersFollow + "\n\n"
            + AnswersFile.render(assessment, source: "scorecard assess --answers"))
        throw ExitCode(ExitStatus.inputFailed)
      }
      Self.show(strings.saved(path: file, replaced: replaced) + "\n")
    }

    // MARK: - Helpers

    /// Writes text to standard output at once (unbuffered, so a prompt
    /// without a newline shows before the program waits for input), with
    /// control characters from remarks or the plan made visible.
    private static func show(_ text: String) {
      guard !text.isEmpty else { return }
      FileHandle.standardOutput.write(Data(text.terminalSafe.utf8))
    }

    /// Whether the folder a file would be written in exists and is writable.
    private static func folderIsWritable(of file: String) -> Bool {
      isWritableFolder(URL(fileURLWithPath: file).deletingLastPathComponent().path)
    }

    /// Whether `folder` exists, is a folder and is writable.
    private static func isWritableFolder(_ folder: String) -> Bool {
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
        && isFolder.boolValue && FileManager.default.isWritableFile(atPath: folder)
    }

    /// The date `text` names when it is a real day written `YYYY-MM-DD`.
    private static func day(_ text: String) -> Date? {
      guard text.count == 10, let date = dayFormatter.date(from: text),
        dayFormatter.string(from: date) == text
      else { return nil }
      return date
    }

    /// Today in the local time zone, `YYYY-MM-DD`.
    private static func today() -> String {
      dayFormatter.string(from: Date())
    }

    /// Formats and reads `YYYY-MM-DD` in the local time zone.
    private static var dayFormatter: DateFormatter {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.calendar = Calendar(identifier: .gregorian)
      formatter.timeZone = TimeZone.current
      formatter.dateFormat = "yyyy-MM-dd"
      return formatter
    }
  }
}
