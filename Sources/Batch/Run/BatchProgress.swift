import Reporting

/// How far a batch is, reported after every plan so a front end can draw a
/// progress bar or print lines.
public struct BatchProgress: Sendable {
  /// What just happened.
  public enum Event: Sendable, Equatable {
    /// The files were found; scoring starts.
    case started
    /// A plan was scored (or taken from the cache).
    case scored(file: String, cached: Bool)
    /// A plan could not be read or scored.
    case failed(PlanFailure)
    /// Every plan is done; the summary, the index and the JSON are written.
    case writingSummary
  }

  /// What just happened.
  public var event: Event
  /// The number of plans in this run (after sharding).
  public var total: Int
  /// Plans done, scored or failed.
  public var done: Int
  /// Plans that failed so far.
  public var failed: Int
  /// Plans taken from the cache so far.
  public var cached: Int
  /// Cache entries refused so far as damaged or changed (those plans were
  /// scored again).
  public var rejectedCacheEntries: Int = 0
  /// Time since scoring started, in seconds.
  public var elapsedSeconds: Double

  /// Plans per second so far; `nil` before the first plan.
  public var rate: Double? {
    done > 0 && elapsedSeconds > 0 ? Double(done) / elapsedSeconds : nil
  }

  /// The estimated time left, in seconds; `nil` before the first plan.
  public var secondsLeft: Double? {
    rate.map { Double(total - done) / $0 }
  }
}
