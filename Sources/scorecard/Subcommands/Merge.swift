import ArgumentParser
import Batch
import Foundation
import PlanReading
import Reporting

extension ScorecardCommand {
  /// `scorecard merge`: combines the outputs of shard runs into one.
  struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Combine the output folders of `batch --shard K/N` runs into one.",
      discussion: """
        Copies every plan's reports and writes one results.jsonl, summary.csv, index.html and \
        errors.json, byte-identical to one unsharded run. Checks that every shard is there \
        once and that all used the same rubric and engine.

        Exit codes: 0 merged, every plan scored; 1 some plan had failed, or a plan falls short \
        of --fail-under/--require; 2 usage error, or outputs that do not fit.
        """
    )

    @Argument(help: "The output folders of the shard runs.")
    var folders: [String]

    @Option(help: "The folder to write the merged results to.")
    var out: String

    @OptionGroup var language: LanguageOptions

    @Option(help: "Criteria that break ties in the grade, comma-separated.")
    var tieBreak: String = Ranking.defaultTieBreakers.joined(separator: ",")

    @OptionGroup var gate: GateOptions

    func run() throws {
      let merger = BatchMerger(
        inputs: folders.map { URL(fileURLWithPath: $0, isDirectory: true) },
        output: URL(fileURLWithPath: out, isDirectory: true), language: language.lang,
        tieBreakers: tieBreak.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
      let outcome: BatchOutcome
      do {
        outcome = try merger.merge()
        let criteria = Set(outcome.plans.flatMap { $0.scorecard.criteria.map(\.id) })
        if !outcome.plans.isEmpty { try gate.gate().validate(criteria: criteria.sorted()) }
      } catch {
        Console.error(CLIErrorMessage.text(for: error))
        throw ExitCode(ExitStatus.usage)
      }
      var text = "Merged \(folders.count) folders: \(outcome.plans.count) plans scored"
      if !outcome.failures.isEmpty { text += ", \(outcome.failures.count) failed" }
      text += ". Wrote \(URL(fileURLWithPath: out).path)/\(BatchLayout.index).\n"
      FileHandle.standardOutput.write(Data(text.utf8))
      let shortfall = gate.report(gate.gate().shortfalls(outcome.plans))
      if !outcome.failures.isEmpty || shortfall { throw ExitCode(ExitStatus.inputFailed) }
    }
  }
}
