import Foundation
import PlanReading
import Reporting

/// What a batch run does: which folder, where the results go, in which
/// formats and languages, how many workers, and which share of the files.
public struct BatchOptions: Sendable {
  /// The folder that holds the plans (searched recursively).
  public var input: URL
  /// The folder the results are written to.
  public var output: URL
  /// The formats of the per-plan reports (default JSON, Markdown and HTML).
  public var formats: [OutputFormat]
  /// The language of the reports; `nil` writes each plan's report in the
  /// plan's language and the index and summary in Dutch.
  public var language: PlanLanguage?
  /// How many plans are scored at the same time (default: one per core).
  public var jobs: Int
  /// Stop at the first plan that fails.
  public var failFast: Bool
  /// The cache folder, or `nil` for no cache (default: `.cache` in the output).
  public var cache: URL?
  /// The share of the files to score, or `nil` for all.
  public var shard: Shard?
  /// Glob patterns of files or folders to skip, in addition to the defaults.
  public var excludes: [String]
  /// The largest plan file to read, in bytes.
  public var maxBytes: Int
  /// The time and memory one plan may take (default ``PlanBudget/standard``);
  /// a plan over it is listed in `errors.json` and the others go on.
  public var budget: PlanBudget
  /// The criteria that break ties in the ranking.
  public var tieBreakers: [String]
  /// A folder of residents' assessments to merge into the plans' cards
  /// (searched recursively for `*.json`), or `nil` for engine-only cards.
  public var assessments: URL?
  /// Whether symbolic links that lead out of the plan folder, and links to
  /// folders, are followed (default: not; such links are listed as failures).
  public var followLinks: Bool

  /// Creates options with the defaults: all report formats, one worker per
  /// core, the cache in the output folder, no shard.
  public init(input: URL, output: URL) {
    self.input = input
    self.output = output
    formats = [.json, .markdown, .html]
    language = nil
    jobs = ProcessInfo.processInfo.activeProcessorCount
    failFast = false
    cache = output.appendingPathComponent(BatchLayout.defaultCache, isDirectory: true)
    shard = nil
    excludes = []
    maxBytes = 50_000_000
    budget = .standard
    tieBreakers = Ranking.defaultTieBreakers
    assessments = nil
    followLinks = false
  }

  /// The language of the index page and the summary.
  var summaryLanguage: PlanLanguage { language ?? .nl }
}

/// The names of the files and folders a batch writes.
public enum BatchLayout {
  /// One line of JSON per scored plan, sorted by file.
  public static let results = "results.jsonl"
  /// One row per plan, ranked; for spreadsheets.
  public static let summary = "summary.csv"
  /// The comparison page.
  public static let index = "index.html"
  /// The plans that could not be scored.
  public static let errors = "errors.json"
  /// What the run was: rubric, engine, shard, counts.
  public static let info = "batch.json"
  /// The folder of per-plan reports.
  public static let plans = "plans"
  /// The cache folder inside the output folder, when no other is given.
  public static let defaultCache = ".cache"
  /// The manifest a plan folder may hold.
  public static let manifest = "plans.csv"

  /// The report of a plan in a format, relative to the output folder.
  ///
  /// The name is `plans/<the plan's relative path>.<extension>`. Appending to the whole
  /// relative path keeps names stable and free of collisions.
  public static func report(for file: String, format: OutputFormat) -> String {
    "\(plans)/\(file).\(format.fileExtension)"
  }

  /// The relative link from a report back to `index.html`.
  static func indexLink(fromReport report: String) -> String {
    let depth = report.split(separator: "/").count - 1
    return String(repeating: "../", count: depth) + index
  }
}
