import Foundation
import PlanReading
import Reporting
import Scoring

/// Scores every plan under a folder in parallel and writes a report per plan,
/// `results.jsonl`, `summary.csv`, `index.html`, `errors.json` and
/// `batch.json` (see ``BatchLayout``).
///
/// A plan that cannot be read is listed in `errors.json` and the summary, and
/// the run goes on; so is an assessment file that cannot be used
/// (``BatchOptions/assessments``). The plans are scored by a bounded pool of
/// worker tasks (``BatchOptions/jobs``). Each plan's reports are written as it
/// finishes, and its `results.jsonl` line in file order through a bounded
/// reorder buffer (``window``), so the output is byte-identical whatever the
/// order in which workers finish, and memory does not grow with the number of
/// plans: the run keeps only a small row per plan for the summary and index.
public struct BatchRunner: Sendable {
  /// The rubric to apply.
  public let rubric: Rubric
  /// What to do.
  public let options: BatchOptions
  /// The most plans started ahead of the next one to write to
  /// `results.jsonl` (in flight or done and waiting): bounds the cards held
  /// at once. At least ``BatchOptions/jobs``.
  var window: Int

  /// Creates a runner.
  public init(rubric: Rubric, options: BatchOptions) {
    self.rubric = rubric
    self.options = options
    window = max(64, 16 * max(1, options.jobs))
  }

  /// Runs the batch.
  /// - Parameter progress: Called after every plan, on one task at a time.
  /// - Returns: What was scored and what failed.
  /// - Throws: ``BatchError`` when the run cannot start (another run writes to
  ///   the output folder: ``BatchError/outputLocked(path:holder:)``) or its
  ///   outputs cannot be written; never for a plan that fails.
  public func run(progress: @Sendable (BatchProgress) -> Void = { _ in }) async throws(BatchError)
    -> BatchOutcome
  {
    let input = options.input.standardizedFileURL
    let output = options.output.standardizedFileURL
    try check(input: input, output: output)
    let lock = try OutputLock(folder: output)
    defer { lock.release() }
    if let cache = options.cache.map(ResultCache.init(folder:)) {
      // Inside the locked output folder, every partial file is a killed run's;
      // in a shared cache, one may belong to a run on another machine.
      let own = cache.folder.standardizedFileURL.path.hasPrefix(output.path + "/")
      cache.removeStalePartials(olderThan: own ? 0 : 3600)
    }
    let discovery = PlanDiscovery(
      root: input, skipped: [output] + [options.cache].compactMap { $0 },
      excludes: options.excludes, followLinks: options.followLinks)
    let found = try discovery.files()
    let all = found.files
    let skipped =
      options.shard.map { shard in found.failures.filter { shard.contains($0.file) } }
      ?? found.failures
    let manifest = try PlanManifest.load(from: input.appendingPathComponent(BatchLayout.manifest))
    let files = options.shard.map { shard in all.filter(shard.contains) } ?? all
    let assessments = try options.assessments.map { folder throws(BatchError) in
      try AssessmentFolder(
        reading: folder.standardizedFileURL, planRoot: input, plans: all, rubric: rubric,
        maxBytes: options.maxBytes, shard: options.shard)
    }
    let processor = PlanProcessor(
      root: input, output: output, scorer: PlanScorer(rubric: rubric),
      reader: PlanReader(options: .init(maxBytes: options.maxBytes)),
      cache: options.cache.map(ResultCache.init(folder:)), budget: options.budget,
      formats: options.formats,
      language: options.language, manifest: manifest?.entries ?? [:],
      assessments: assessments?.perPlan ?? [:])
    let results = try ResultsWriter(folder: output)
    var outcome: BatchOutcome
    do {
      outcome = try await score(files, with: processor, into: results, progress: progress)
    } catch {
      results.discard()
      throw error
    }
    outcome.files += skipped.count
    for failure in skipped {
      outcome.failures.append(failure)
      progress(outcome.progress(.failed(failure)))
    }
    outcome.failures += assessments?.failures ?? []
    outcome.warnings = (manifest?.unknownFiles(among: all) ?? []).map {
      "\(BatchLayout.manifest): \($0) is not among the plans found; its row was not used"
    }
    let outputs = BatchOutputs(
      folder: output, language: options.summaryLanguage, tieBreakers: options.tieBreakers)
    if outcome.stoppedEarly {
      results.discard()
      try outputs.writeErrors(outcome.failures)
      return outcome
    }
    progress(outcome.progress(.writingSummary))
    let digest = try results.finish()
    try outputs.write(
      plans: outcome.plans, results: digest, failures: outcome.failures, info: info(outcome))
    outputs.removeStaleReports(keeping: Set(outcome.plans.flatMap(\.reports.values)))
    return outcome
  }

  // MARK: - Steps

  private func check(input: URL, output: URL) throws(BatchError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw .notAFolder(path: options.input.path) }
    if input.resolvingSymlinksInPath().path == output.resolvingSymlinksInPath().path {
      throw .outputIsInput(path: options.output.path)
    }
    do {
      try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: output.path, reason: FileAccess.words(for: error, path: output.path))
    }
  }

  /// Scores the files with at most `jobs` plans in flight and at most
  /// ``window`` started ahead of the next to write; writes each plan's line
  /// to `results` in file order.
  private func score(
    _ files: [String], with processor: PlanProcessor, into results: ResultsWriter,
    progress: @Sendable (BatchProgress) -> Void
  ) async throws(BatchError) -> BatchOutcome {
    var outcome = BatchOutcome(files: files.count)
    progress(outcome.progress(.started))
    let jobs = max(1, options.jobs)
    let window = max(jobs, self.window)
    let failFast = options.failFast
    typealias Done = (index: Int, result: Result<PlanProcessor.Outcome, BatchError>)
    let result = await withTaskGroup(of: Done.self, returning: BatchError?.self) { group in
      var started = 0
      var running = 0
      var written = 0
      var waiting: [Int: PlanProcessor.Outcome] = [:]
      repeat {
        while running < jobs, started < files.count, started - written < window {
          let index = started
          group.addTask {
            (index, Result { () throws(BatchError) in try processor.process(files[index]) })
          }
          started += 1
          running += 1
        }
        outcome.peakHeldResults = max(outcome.peakHeldResults, running + waiting.count)
        guard let done = await group.next() else { break }
        running -= 1
        switch done.result {
        case .failure(let error):
          group.cancelAll()
          return error
        case .success(let planOutcome):
          waiting[done.index] = planOutcome
        }
        while let next = waiting.removeValue(forKey: written) {
          written += 1
          let event: BatchProgress.Event
          do throws(BatchError) {
            event = try outcome.record(next, to: results)
          } catch {
            group.cancelAll()
            return error
          }
          progress(outcome.progress(event))
          if failFast, case .failed = event {
            outcome.stoppedEarly = true
            group.cancelAll()
            return nil
          }
        }
      } while written < files.count
      return nil
    }
    if let result { throw result }
    return outcome
  }

  private func info(_ outcome: BatchOutcome) -> BatchInfo {
    BatchInfo(
      engineVersion: Scoring.engineVersion,
      rubric: .init(id: rubric.id, version: rubric.version, sha256: rubric.contentHash),
      shard: options.shard, language: options.summaryLanguage.rawValue,
      formats: options.formats.map(\.rawValue), files: outcome.files,
      scored: outcome.plans.count, failed: outcome.failures.count)
  }
}
