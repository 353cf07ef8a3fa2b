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
        Editions: give two batch output folders (or their results.jsonl): per municipality \
        the grade then and now, the change, the criteria that rose or fell, and the \
        municipalities that are new or dropped. Plans: give two plan files (or two scorecards \
        from `score --format json`): per criterion what changed, with the evidence that \
        appeared or disappeared.

        Exit codes: 0 compared; 1 a plan could not be read; 2 usage or rubric error.
        """
    )

    @Argument(help: "The new edition (batch folder or results.jsonl) or the new plan version.")
    var new: String

    @Option(help: "The edition or plan version to compare with.")
    var baseline: String

    @Option(help: "Output format: text, markdown, csv or html.")
    var format: ComparisonFormat = .text

    @OptionGroup var language: LanguageOptions

    @Option(
      name: .shortAndLong, help: "Write the comparison to this file instead of standard output.")
    var output: String?

    @Option(help: "For plan files: a rubric file or bundled id (default: lsa-participatie).")
    var rubric: String?

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
          Console.error(error.localizedDescription)
          throw ExitCode(ExitStatus.usage)
        }
        text = EditionComparisonRenderer(language: language.language(or: .nl)).render(comparison, as: format)
      case (false, false):
        let comparison = PlanComparison(
          baseline: try scorecard(baseline), current: try scorecard(new))
        text = PlanComparisonRenderer(
          language: language.language(or: comparison.current.plan.language)).render(comparison, as: format)
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
        Console.error(error.localizedDescription)
        throw ExitCode(ExitStatus.usage)
      }
      do {
        return PlanScorer(rubric: loaded).score(try PlanReader().read(fileAt: path))
      } catch {
        Console.error(error.localizedDescription)
        throw ExitCode(ExitStatus.inputFailed)
      }
    }

  }
}

extension ComparisonFormat: ExpressibleByArgument {}
