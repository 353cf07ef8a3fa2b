import ArgumentParser
import Assessment
import Foundation
import PlanReading
import Reporting
import Scoring

extension ScorecardCommand {
  /// `scorecard agreement`: how far residents agree on the plans they assessed.
  struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "agreement",
      abstract: "Show how far residents agree on the plans they assessed.",
      discussion: """
        Give the assessment files of one plan or of many plans (from `scorecard assess`). \
        Prints how many questions everyone answered the same, pairwise agreement (exact and \
        within one level) and Krippendorff's alpha (ordinal) per question and overall, with \
        the same statistics as `scorecard calibrate`; then the questions with the widest \
        disagreement, with each person's level, remark and the quotes they were shown. \
        Plans are told apart by their SHA-256. When someone assessed a plan twice, the file \
        given last counts.

        Exit codes: 0 done; 1 some assessment file could not be read (the others are used and \
        the report lists it; also when the rest holds fewer than two coders); 2 usage: fewer \
        than two coders, assessments made with different rubrics, or a bad flag.
        """
    )

    @Argument(help: "Assessment files written by `scorecard assess`.")
    var assessments: [String]

    @Flag(help: "Count the engine as one more coder, with the levels the assessments recorded.")
    var withEngine = false

    @Flag(help: "Also list, per indicator, how often residents kept or overruled its level.")
    var rubricFeedback = false

    @Option(help: "How many of the widest disagreements to list.")
    var top = 5

    @Option(help: "Output format: text, markdown, json or csv.")
    var format = FormatChoice<AgreementRenderer>(.text)

    @OptionGroup var language: LanguageOptions

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(
      help: ArgumentHelp(
        "A rubric file or bundled id, for question titles and order (default: the bundled "
          + "rubric the assessments name, when there is one)."))
    var rubric: String?

    func validate() throws {
      if top < 0 { throw ValidationError("--top must be 0 or more, not \(top).") }
    }

    func run() throws {
      var loaded: [(assessment: Assessment, file: String)] = []
      var skipped: [SkippedFile] = []
      for path in assessments {
        do {
          loaded.append((try AssessmentFile.load(from: URL(fileURLWithPath: path)), path))
        } catch {
          Console.error(CLIErrorMessage.text(for: error))
          skipped.append(SkippedFile(file: path, reason: CLIErrorMessage.text(for: error)))
        }
      }
      let named = try titles(for: loaded)
      if let named {
        // Against the rubric, levels above its scale and unknown criteria are refused.
        loaded = loaded.filter { item in
          do {
            _ = try AssessmentFile.load(from: URL(fileURLWithPath: item.file), rubric: named)
            return true
          } catch {
            Console.error(CLIErrorMessage.text(for: error))
            skipped.append(SkippedFile(file: item.file, reason: CLIErrorMessage.text(for: error)))
            return false
          }
        }
      }
      let options = AgreementOptions(
        withEngine: withEngine, top: top, rubricFeedback: rubricFeedback)
      let analysis = AgreementAnalysis(options: options, rubric: named)
      let report: AgreementReport
      do throws(AgreementError) {
        report = try analysis.run(loaded, skipped: skipped)
      } catch {
        Console.error(CLIErrorMessage.text(for: error))
        throw ExitCode(Self.status(for: error, skipped: !skipped.isEmpty))
      }
      let lang = language.language(or: .nl)
      let renderer = AgreementRenderer(
        language: lang, moreHint: CLIStrings(language: lang).moreDisagreements)
      try Console.write(try renderer.render(report, as: format.format), to: output)
      if !skipped.isEmpty { throw ExitCode(ExitStatus.inputFailed) }
    }

    // MARK: - Inputs and output

    /// Exit 1 when unreadable files left too few coders (the input failed),
    /// 2 for every other refusal (usage).
    static func status(for error: AgreementError, skipped: Bool) -> Int32 {
      switch error {
      case .noAssessments, .tooFewCoders:
        return skipped ? ExitStatus.inputFailed : ExitStatus.usage
      case .mixedRubrics:
        return ExitStatus.usage
      }
    }

    /// The rubric for titles and order: `--rubric`, or the bundled rubric the
    /// assessments name; `nil` (ids only) when neither fits.
    private func titles(for loaded: [(assessment: Assessment, file: String)]) throws -> Rubric? {
      let ids = Set(loaded.map(\.assessment.rubric.id))
      guard ids.count == 1, let id = ids.first else { return nil }
      if let rubric {
        let named = try RubricOption.load(rubric)
        guard named.id == id else {
          Console.warning(
            "the assessments use rubric '\(id)', --rubric is '\(named.id)'; "
              + "questions are shown by id.")
          return nil
        }
        return named
      }
      guard RubricCatalog.bundledIDs.contains(id) else { return nil }
      return try? RubricCatalog.load(id)
    }

  }
}
