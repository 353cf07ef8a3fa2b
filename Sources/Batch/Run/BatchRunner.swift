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
/// worker tasks (``BatchOptions/jobs``); the results are gathered and sorted,
/// so the output is byte-identical whatever the order in which workers finish.
public struct BatchRunner: Sendable {
  /// The rubric to apply.
  public let rubric: Rubric
  /// What to do.
  public let options: BatchOptions

  /// Creates a runner.
  public init(rubric: Rubric, options: BatchOptions) {
    self.rubric = rubric
    self.options = options
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
    var outcome = try await score(files, with: processor, progress: progress)
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
      try outputs.writeErrors(outcome.failures)
      return outcome
    }
    progress(outcome.progress(.writingSummary))
    try outputs.write(results: outcome.results, failures: outcome.failures, info: info(outcome))
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

  /// Scores the files with at most `jobs` plans in flight.
  private func score(
    _ files: [String], with processor: PlanProcessor, progress: @Sendable (BatchProgress) -> Void
  ) async throws(BatchError) -> BatchOutcome {
    var outcome = BatchOutcome(files: files.count)
    progress(outcome.progress(.started))
    let jobs = max(1, options.jobs)
    let failFast = options.failFast
    let result = await withTaskGroup(
      of: Result<PlanProcessor.Outcome, BatchError>.self,
      returning: BatchError?.self
    ) { group in
      var pending = files.makeIterator()
      for _ in 0..<jobs {
        guard let file = pending.next() else { break }
        group.addTask { Result { () throws(BatchError) in try processor.process(file) } }
      }
      while let next = await group.next() {
        switch next {
        case .failure(let error):
          group.cancelAll()
          return error
        case .success(let planOutcome):
          let event = outcome.record(planOutcome)
          progress(outcome.progress(event))
          if failFast, case .failed = event {
            outcome.stoppedEarly = true
            group.cancelAll()
            return nil
          }
        }
        if let file = pending.next() {
          group.addTask { Result { () throws(BatchError) in try processor.process(file) } }
        }
      }
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
