import ArgumentParser
import Foundation
import PlanReading
import Reporting
import Scoring

extension ScorecardCommand {
  /// `scorecard calibrate`: agreement of the engine with careful human coders.
  struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score labelled plans and measure agreement with human coders.",
      discussion: """
        Prints, per criterion and overall, Krippendorff's alpha (ordinal), weighted kappa, \
        exact agreement, agreement within one level and a confusion table; the same for the \
        ladder rung; then every miss with the engine's evidence. Exit codes: 0 done; 1 some \
        labelled plan could not be read; 2 usage, labels or rubric error.
        """
    )

    @Option(help: "The labels file (labels.json) with the coders' codes.")
    var labels: String

    @Option(help: "A rubric file, or the id of a bundled rubric (default: lsa-participatie).")
    var rubric: String?

    @Option(help: "Output format: text or json.")
    var format: ReadFormat = .text

    @Option(
      help: """
        Which labelled plans: tune (study these while changing the rubric), check (held out: \
        the first byte of the SHA-256 of the file name divisible by 3; misses not listed) or all.
        """)
    var split: CalibrationSplit = .all

    @Argument(help: "The folder holding the labelled plan files.")
    var folder: String

    func run() throws {
      let loadedRubric = try RubricOption.load(rubric)
      let loadedLabels: CalibrationLabels
      do {
        loadedLabels = try CalibrationLabels(contentsOf: URL(fileURLWithPath: labels))
      } catch {
        Console.error(CLIErrorMessage.text(for: error))
        throw ExitCode(ExitStatus.usage)
      }
      let calibrator = Calibrator(scorer: PlanScorer(rubric: loadedRubric))
      let folderURL = URL(fileURLWithPath: folder)
      let report = calibrator.run(labels: loadedLabels, folder: folderURL, split: split)
      let parts =
        split == .all
        ? [CalibrationSplit.tune, .check].map {
          calibrator.run(labels: loadedLabels, folder: folderURL, split: $0)
        } : []
      let renderer = CalibrationRenderer()
      Console.out(
        format == .json ? try renderer.json(report) : renderer.text(report, parts: parts),
        terminator: "")
      if !report.unscored.isEmpty { throw ExitCode(ExitStatus.inputFailed) }
    }
  }
}

extension CalibrationSplit: ExpressibleByArgument {}
