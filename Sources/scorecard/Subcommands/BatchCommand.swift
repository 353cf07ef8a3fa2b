import ArgumentParser
import Batch
import Foundation
import PlanReading
import Reporting
import Scoring

extension ScorecardCommand {
  /// `scorecard batch`: scores every plan under a folder, in parallel, and
  /// writes a report per plan, the ranking and the card.
  struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "batch",
      abstract: "Score every plan under a folder and write reports, a ranking and the card.",
      discussion: """
        Writes into --out: plans/<file>.<json|md|html> per plan, results.jsonl, summary.csv \
        (UTF-8 with BOM, ';' separated), index.html, errors.json and batch.json. A plans.csv \
        in the folder (file;gemeente;wijk;jaar;soort) overrides the documents' metadata.

        With --assessments, every resident's assessment (*.json, from `scorecard assess`) in \
        that folder is merged into the card of its plan, found by the plan's SHA-256, else by \
        its file name. An assessment that cannot be used is listed in errors.json; its plan \
        keeps its other assessments, or the engine's card.

        Exit codes: 0 every plan scored (and every gate met); 1 some plan could not be read \
        or scored, an assessment could not be used, or a plan falls short of \
        --fail-under/--require; 2 usage or rubric error, or no such --assessments folder.
        """
    )

    @Argument(help: "The folder with the plans (searched recursively).")
    var folder: String

    @Option(help: "The folder to write the results to.")
    var out: String

    @Option(help: "A rubric file, or the id of a bundled rubric (default: lsa-participatie).")
    var rubric: String?

    @Option(help: "A folder of residents' assessments to merge into the cards (recursive).")
    var assessments: String?

    @Option(help: "Per-plan report formats, comma-separated: json, markdown, html, text.")
    var formats: String = "json,markdown,html"

    @OptionGroup var language: LanguageOptions

    @Option(help: "Plans scored at the same time (default: one per core).")
    var jobs: Int?

    @Flag(help: "Stop at the first plan that cannot be read or scored.")
    var failFast = false

    @Option(help: "The cache folder (default: .cache inside --out).")
    var cache: String?

    @Flag(help: "Score every plan again; read and write no cache.")
    var noCache = false

    @Option(
      help: ArgumentHelp(
        "Score only shard K of N (1 ≤ K ≤ N), a stable share of the files. Shards count "
          + "from 1; for a 0-based index (a Kubernetes Indexed Job) pass "
          + "$((JOB_COMPLETION_INDEX + 1))/N.",
        valueName: "K/N"))
    var shard: Shard?

    @Option(help: "Skip files or folders matching this glob pattern; repeatable.")
    var exclude: [String] = []

    @Flag(
      help: """
        Follow symbolic links that lead out of the plan folder, and links to folders \
        (by default these are listed in errors.json and not read).
        """)
    var followLinks = false

    @Option(help: "Criteria that break ties in the grade, comma-separated.")
    var tieBreak: String = Ranking.defaultTieBreakers.joined(separator: ",")

    @Option(help: "The largest plan file to read, in bytes.")
    var maxBytes: Int = 50_000_000

    @Flag(help: "Show no progress (failures are still shown).")
    var quiet = false

    @OptionGroup var budget: BudgetOptions

    @OptionGroup var gate: GateOptions

    func validate() throws {
      _ = try reportFormats()
      if let jobs, jobs < 1 { throw ValidationError("--jobs \(jobs): give 1 or more.") }
      if cache != nil && noCache {
        throw ValidationError("--cache and --no-cache exclude each other.")
      }
    }

    func run() async throws {
      let loaded: Rubric
      do {
        loaded = try RubricCatalog.load(rubric)
        try gate.gate().validate(criteria: loaded.criteria.map(\.id))
      } catch {
        Console.error(CLIErrorMessage.text(for: error))
        throw ExitCode(ExitStatus.usage)
      }
      let printer = ProgressPrinter(quiet: quiet)
      let outcome: BatchOutcome
      do {
        outcome = try await BatchRunner(rubric: loaded, options: try options())
          .run { printer.show($0) }
      } catch {
        printer.finish()
        Console.error(CLIErrorMessage.text(for: error, language: language.language(or: .en)))
        throw ExitCode(ExitStatus.usage)
      }
      printer.finish()
      for warning in outcome.warnings { Console.warning(warning) }
      for failure in outcome.failures where failure.isAssessment { Console.error(failure.message) }
      report(outcome)
      let shortfall = gate.report(gate.gate().shortfalls(outcome.plans))
      if !outcome.failures.isEmpty || outcome.stoppedEarly || shortfall {
        throw ExitCode(ExitStatus.inputFailed)
      }
    }

    // MARK: - Options

    private func reportFormats() throws -> [OutputFormat] {
      let names = formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      let parsed = names.map { FormatChoice<CardRenderer>(argument: $0)?.format }
      guard !names.isEmpty, let bad = zip(names, parsed).first(where: { $0.1 == nil }) else {
        return parsed.compactMap { $0 }
      }
      let valid = FormatChoice<CardRenderer>.allValueStrings.joined(separator: ", ")
      throw ValidationError("--formats: '\(bad.0)' is not a format; use \(valid).")
    }

    private func options() throws -> BatchOptions {
      var options = BatchOptions(
        input: URL(fileURLWithPath: folder, isDirectory: true),
        output: URL(fileURLWithPath: out, isDirectory: true))
      options.formats = try reportFormats()
      options.language = language.lang
      if let jobs { options.jobs = jobs }
      options.failFast = failFast
      if noCache {
        options.cache = nil
      } else if let cache {
        options.cache = URL(fileURLWithPath: cache, isDirectory: true)
      }
      options.shard = shard
      options.excludes = exclude
      options.followLinks = followLinks
      options.maxBytes = maxBytes
      options.budget = budget.budget
      options.assessments = assessments.map { URL(fileURLWithPath: $0, isDirectory: true) }
      options.tieBreakers = tieBreak.split(separator: ",").map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      return options
    }

    /// The closing lines on stdout.
    private func report(_ outcome: BatchOutcome) {
      let scored = outcome.plans.count
      var text = "Scored \(scored) of \(outcome.files) plans"
      if let shard { text += " (shard \(shard))" }
      text += String(format: " in %.1f s", outcome.elapsedSeconds)
      if outcome.cached > 0 { text += ", \(outcome.cached) from the cache" }
      if outcome.rejectedCacheEntries > 0 {
        let entries = outcome.rejectedCacheEntries == 1 ? "entry was" : "entries were"
        text +=
          ", \(outcome.rejectedCacheEntries) cache \(entries) damaged or changed and "
          + "scored again"
      }
      let merged = outcome.plans.filter { $0.scorecard.assessments != nil }.count
      if merged > 0 { text += ", \(merged) with residents' assessments" }
      text += "."
      let outFolder = URL(fileURLWithPath: out).path
      let unused = outcome.failures.filter(\.isAssessment).count
      let failed = outcome.failures.count - unused
      if failed > 0 {
        text += " \(failed) failed: see \(outFolder)/\(BatchLayout.errors)."
      }
      if unused > 0 {
        let files = unused == 1 ? "1 assessment" : "\(unused) assessments"
        text += " \(files) could not be used: see \(outFolder)/\(BatchLayout.errors)."
      }
      if outcome.stoppedEarly {
        text += "\nStopped at the first failure (--fail-fast); the summary was not written."
      } else {
        text +=
          "\nWrote \(outFolder)/\(BatchLayout.index), \(BatchLayout.summary), "
          + "\(BatchLayout.results) and a report per plan in \(BatchLayout.plans)/."
      }
      FileHandle.standardOutput.write(Data((text.terminalSafe + "\n").utf8))
    }
  }
}
