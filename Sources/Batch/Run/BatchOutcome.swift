import Dispatch
import Reporting

/// What a batch (or a merge) produced.
public struct BatchOutcome: Sendable {
  /// The number of plans in the run (after sharding).
  public var files: Int
  /// The scored plans, with their scorecards stripped of quotes, in the
  /// order they finished (the written outputs are sorted).
  public var plans: [ScoredPlan] { results.map(\.plan) }
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

  /// The scored plans with their `results.jsonl` lines.
  var results: [(plan: ScoredPlan, line: String)] = []
  /// When scoring started, in nanoseconds of the monotonic clock.
  private let started = DispatchTime.now().uptimeNanoseconds

  /// An outcome with nothing done yet.
  init(files: Int) {
    self.files = files
  }

  /// Adds one plan's outcome; returns the matching progress event.
  mutating func record(_ outcome: PlanProcessor.Outcome) -> BatchProgress.Event {
    switch outcome {
    case .scored(let plan, let line, let cached, let rejected):
      results.append((plan, line))
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
      event: event, total: files, done: results.count + failures.count, failed: failures.count,
      cached: cached, rejectedCacheEntries: rejectedCacheEntries, elapsedSeconds: elapsedSeconds)
  }
}
