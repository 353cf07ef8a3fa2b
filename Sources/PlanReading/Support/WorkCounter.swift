import Synchronization

/// Counts the inner-loop steps of the XML reader, so that tests can show that
/// reading grows linearly with the input without timing anything.
///
/// Production code never sets one: ``current`` is `nil` and counting costs
/// one task-local read per call site, which sit outside per-byte loops.
final class WorkCounter: Sendable {
  private let count = Atomic<Int>(0)

  /// The counter of the running task, set by a test with
  /// `WorkCounter.$current.withValue(counter) { … }`.
  @TaskLocal static var current: WorkCounter?

  /// Creates a counter at zero.
  init() {}

  /// The steps counted so far.
  var steps: Int { count.load(ordering: .relaxed) }

  /// Adds `steps` to the counter of the running task, if there is one.
  static func add(_ steps: Int) {
    current?.count.add(steps, ordering: .relaxed)
  }
}
