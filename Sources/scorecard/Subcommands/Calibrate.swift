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

    @Argument(help: "The folder holding the labelled plan files.")
    var folder: String

    func run() throws {
      let loadedRubric = try RubricOption.load(rubric)
      let loadedLabels: CalibrationLabels
      do {
        loadedLabels = try CalibrationLabels(contentsOf: URL(fileURLWithPath: labels))
      } catch {
        Console.error(error.localizedDescription)
        throw ExitCode(ExitStatus.usage)
      }
      let report = Calibrator(scorer: PlanScorer(rubric: loadedRubric))
        .run(labels: loadedLabels, folder: URL(fileURLWithPath: folder))
      let renderer = CalibrationRenderer()
      Console.out(
        format == .json ? try renderer.json(report) : renderer.text(report), terminator: "")
      if !report.unscored.isEmpty { throw ExitCode(ExitStatus.inputFailed) }
    }
  }
}
