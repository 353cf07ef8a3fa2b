import Dispatch
import Foundation

/// Runs the work over the files on `jobs` threads and adds up the results.
enum BenchmarkRun {
  struct Totals {
    var bytes = 0
    var matches = 0
    var failed = 0
  }

  /// Scores every file; `work` returns (bytes, matches, failed) for one file.
  static func run(
    files: [String], jobs: Int, work: @escaping @Sendable (String) -> (Int, Int, Int)
  ) -> Totals {
    let lock = NSLock()
    nonisolated(unsafe) var totals = Totals()
    let workers = max(1, jobs)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var local = Totals()
      for index in stride(from: worker, to: files.count, by: workers) {
        let (bytes, matches, failed) = work(files[index])
        local.bytes += bytes
        local.matches += matches
        local.failed += failed
      }
      lock.lock()
      totals.bytes += local.bytes
      totals.matches += local.matches
      totals.failed += local.failed
      lock.unlock()
    }
    return totals
  }
}

/// The peak resident memory of this process.
enum PeakMemory {
  /// Peak RSS in megabytes (Linux reports `ru_maxrss` in kilobytes).
  static func megabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
  }
}
