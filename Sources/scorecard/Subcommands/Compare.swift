import ArgumentParser
import Batch
import Foundation
import PlanReading
import Reporting
import Scoring

extension ScorecardCommand {
  /// `scorecard compare`: two editions of a batch, or two versions of a plan.
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Compare two editions of a batch, or two versions of one plan.",
      discussion: """
        Editions: give two batch output folders (or their results.jsonl): each plan is \
        paired with its own earlier edition (by the `sleutel` column of plans.csv, the IMRO \
        plan id, or municipality, area, kind and title; by the municipality alone only when \
        it has one plan in each edition, and then marked), with the grade then and now, the \
        change, the criteria that rose or fell, and the plans without a pair on either side. \
        Plans: give two plan files (or two scorecards from `score --format json`): per \
        criterion what changed, with the evidence that appeared or disappeared.

        Plans scored with a different rubric or engine version are not compared unless \
        --allow-rubric-change is given; the warning then comes first.

        Exit codes: 0 compared; 1 a plan could not be read; 2 usage error, or a rubric or \
        engine change without --allow-rubric-change.
        """
    )

    @Argument(help: "The new edition (batch folder or results.jsonl) or the new plan version.")
    var new: String

    @Option(help: "The edition or plan version to compare with.")
    var baseline: String

    @Option(help: "Output format: text, markdown, csv, html or json.")
    var format = FormatChoice<EditionComparisonRenderer>(.text)

    @OptionGroup var language: LanguageOptions

    @Option(
      name: .shortAndLong, help: "Write the comparison to this file instead of standard output.")
    var output: String?

    @Option(help: "For plan files: a rubric file or bundled id (default: lsa-participatie).")
    var rubric: String?

    @Flag(help: "Compare plans scored with a different rubric or engine version, with a warning.")
    var allowRubricChange = false

    /// Refuses a comparison across rubrics or engine versions unless allowed.
    /// - Parameter changes: `file: rubric version, engine → rubric version, engine`
    ///   for each pair that differs.
    private func checkRubrics(_ changes: [String]) throws {
      guard !changes.isEmpty, !allowRubricChange else { return }
      Console.error(
        "compare: \(changes.count) pair(s) were scored with a different rubric or engine "
          + "version, so their levels are not comparable:\n"
          + changes.prefix(5).map { "  \($0)" }.joined(separator: "\n")
          + "\nScore both with the same rubric and engine, or give --allow-rubric-change "
          + "to compare anyway (the output then starts with a warning).")
      throw ExitCode(ExitStatus.usage)
    }

    /// `lsa-participatie 1.0 (sha 1a2b3c4d), engine 0.9`.
    private static func rubricLine(of card: Scorecard) -> String {
      "\(card.rubric.id) \(card.rubric.version) (sha \(card.rubric.sha256.prefix(8))), "
        + "engine \(card.engineVersion)"
    }

    /// Why an existing path can be neither a plan nor a batch output, or `nil`.
    private static func problem(_ path: String, _ url: URL) -> String? {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      if isDirectory.boolValue, !BatchResults.isBatchOutput(url) {
        return "\(path): a folder without results.jsonl, so not the output of `scorecard batch`. "
          + "Give a folder written by `scorecard batch --out`, or a plan file."
      }
      return nil
    }

    func run() throws {
      let newURL = URL(fileURLWithPath: new)
      let oldURL = URL(fileURLWithPath: baseline)
      for (path, url) in [(baseline, oldURL), (new, newURL)] {
        guard FileManager.default.fileExists(atPath: url.path) else {
          Console.error(PlanReadingError.fileNotFound(path: path).localizedDescription)
          throw ExitCode(ExitStatus.inputFailed)
        }
        if let problem = Self.problem(path, url) {
          Console.error(problem)
          throw ExitCode(ExitStatus.usage)
        }
      }
      let editions = (BatchResults.isBatchOutput(newURL), BatchResults.isBatchOutput(oldURL))
      let text: String
      switch editions {
      case (true, true):
        let comparison: EditionComparison
        do {
          comparison = EditionComparison(
            baseline: try BatchResults.load(oldURL), current: try BatchResults.load(newURL))
        } catch {
          Console.error(CLIErrorMessage.text(for: error))
          throw ExitCode(ExitStatus.usage)
        }
        try checkRubrics(
          comparison.rows.filter(\.rubricChanged).map { row in
            "\(row.current.file): \(Self.rubricLine(of: row.baseline.scorecard)) → "
              + Self.rubricLine(of: row.current.scorecard)
          })
        text = EditionComparisonRenderer(language: language.language(or: .nl))
          .render(comparison, as: format.format)
      case (false, false):
        let comparison = PlanComparison(
          baseline: try scorecard(baseline), current: try scorecard(new))
        if comparison.mixedRubrics {
          try checkRubrics([
            "\(comparison.current.plan.source): \(Self.rubricLine(of: comparison.baseline)) → "
              + Self.rubricLine(of: comparison.current)
          ])
        }
        text = PlanComparisonRenderer(
          language: language.language(or: comparison.current.plan.language)
        ).render(comparison, as: format.format)
      default:
        throw ValidationError(
          "compare two batch outputs (folders or results.jsonl) or two plans, not one of each.")
      }
      try Console.write(text, to: output)
    }

    // MARK: - Inputs

    /// A plan's scorecard: a stored scorecard JSON as it is, a plan file scored now.
    private func scorecard(_ path: String) throws -> Scorecard {
      if path.lowercased().hasSuffix(".json"),
        let data = FileManager.default.contents(atPath: path),
        let card = try? JSONDecoder().decode(Scorecard.self, from: data)
      {
        return card
      }
      let loaded: Rubric
      do {
        loaded = try RubricCatalog.load(rubric)
      } catch {
        Console.error(CLIErrorMessage.text(for: error))
        throw ExitCode(ExitStatus.usage)
      }
      do {
        return PlanScorer(rubric: loaded).score(try PlanReader().read(fileAt: path))
      } catch {
        Console.error(CLIErrorMessage.text(for: error))
        throw ExitCode(ExitStatus.inputFailed)
      }
    }

  }
}
