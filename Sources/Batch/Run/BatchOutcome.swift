import Dispatch
import Reporting

/// What a batch (or a merge) produced.
public struct BatchOutcome: Sendable {
  /// The number of plans in the run (after sharding).
  public var files: Int
  /// The scored plans, in file order, each with a scorecard cut down to what
  /// the ranking, the summary and the gate read (no quotes, advice or notes:
  /// the full cards are in `results.jsonl`).
  public internal(set) var plans: [ScoredPlan] = []
  /// The plans that could not be read or scored.
  public var failures: [PlanFailure] = []
  /// How many plans came from the cache.
  public var cached = 0
  /// How many cache entries were damaged or changed, and so not trusted: those
  /// plans were scored again.
  public var rejectedCacheEntries = 0
  /// Whether ``BatchOptions/failFast`` stopped the run before every plan was done.
  public var stoppedEarly = false
  /// Remarks for the user (manifest rows for files that were not found).
  public var warnings: [String] = []
  /// The time scoring took.
  public var elapsedSeconds: Double {
    Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
  }

  /// The most plans whose full outcome (card and `results.jsonl` line) the
  /// run held at once: being scored, or done and waiting for an earlier plan
  /// to be written. Bounded by ``BatchRunner``'s window whatever the number
  /// of plans; for tests.
  var peakHeldResults = 0
  /// When scoring started, in nanoseconds of the monotonic clock.
  private let started = DispatchTime.now().uptimeNanoseconds

  /// An outcome with nothing done yet.
  init(files: Int) {
    self.files = files
  }

  /// Adds one plan's outcome, writing its line to `results`; returns the
  /// matching progress event.
  /// - Throws: ``BatchError/cannotWrite(path:reason:)``.
  mutating func record(_ outcome: PlanProcessor.Outcome, to results: ResultsWriter)
    throws(BatchError) -> BatchProgress.Event
  {
    switch outcome {
    case .scored(let plan, let line, let cached, let rejected):
      try results.append(line)
      plans.append(plan)
      if cached { self.cached += 1 }
      if rejected != nil { rejectedCacheEntries += 1 }
      return .scored(file: plan.file, cached: cached)
    case .failed(let failure):
      failures.append(failure)
      return .failed(failure)
    }
  }

  /// The progress after an event.
  func progress(_ event: BatchProgress.Event) -> BatchProgress {
    BatchProgress(
      event: event, total: files, done: plans.count + failures.count, failed: failures.count,
      cached: cached, rejectedCacheEntries: rejectedCacheEntries, elapsedSeconds: elapsedSeconds)
  }
}
