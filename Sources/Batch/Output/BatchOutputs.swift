import Assessment
import Foundation
import PlanReading
import Reporting

/// Writes the files that sum up a batch.
///
/// These are `results.jsonl`, `summary.csv`, `index.html`, `errors.json` and
/// `batch.json`. The same plans and failures
/// always give the same bytes, whether they come from one run or from merged
/// shards.
struct BatchOutputs {
  /// The output folder.
  let folder: URL
  /// The language of the index page and the summary.
  let language: PlanLanguage
  /// The criteria that break ties in the ranking.
  let tieBreakers: [String]

  /// Writes the summary files after `results.jsonl` (by ``ResultsWriter``);
  /// `batch.json` goes last, so its presence says the others are complete.
  /// - Parameters:
  ///   - plans: The scored plans (ranking rows are enough), in any order.
  ///   - results: The digest of the `results.jsonl` that was written.
  ///   - failures: The plans that failed, in any order.
  ///   - info: What the run was; the digest of `results.jsonl` is added.
  /// - Throws: ``BatchError/cannotWrite(path:reason:)``.
  func write(
    plans: [ScoredPlan], results: ResultsDigest, failures: [PlanFailure], info: BatchInfo
  ) throws(BatchError) {
    let sorted = plans.sorted { $0.file < $1.file }
    let failures = failures.sorted { $0.file < $1.file }
    var info = info
    info.results = results
    let ranking = Ranking(sorted, tieBreakers: tieBreakers)
    let summary = SummaryCSVRenderer(language: language).render(ranking, failures: failures)
    try BatchFile.write(summary, to: url(BatchLayout.summary))
    let index = IndexPageRenderer(language: language).render(ranking, failures: failures)
    try BatchFile.write(index, to: url(BatchLayout.index))
    try writeErrors(failures)
    try writeJSON(info, to: BatchLayout.info)
  }

  /// Writes `errors.json`.
  func writeErrors(_ failures: [PlanFailure]) throws(BatchError) {
    try writeJSON(ErrorsFile(errors: failures.sorted { $0.file < $1.file }), to: BatchLayout.errors)
  }

  /// Removes reports in `plans/` that this run did not write (plans that
  /// left the folder) and temporary files of killed runs.
  func removeStaleReports(keeping reports: Set<String>) {
    let base = folder.appendingPathComponent(BatchLayout.plans, isDirectory: true)
    guard let walker = FileManager.default.enumerator(atPath: base.path) else { return }
    var stale: [String] = []
    while let relative = walker.nextObject() as? String {
      let url = base.appendingPathComponent(relative)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      let name = url.lastPathComponent
      if AtomicFile.isTemporary(name) || !reports.contains("\(BatchLayout.plans)/\(relative)") {
        stale.append(relative)
      }
    }
    for relative in stale {
      try? FileManager.default.removeItem(at: base.appendingPathComponent(relative))
    }
  }

  // MARK: - Helpers

  private func url(_ name: String) -> URL {
    folder.appendingPathComponent(name)
  }

  private func writeJSON<T: Encodable>(_ value: T, to name: String) throws(BatchError) {
    let data: Data
    do {
      data = try StableJSON.file(value)
    } catch {
      throw .cannotWrite(path: url(name).path, reason: "\(error)")
    }
    try BatchFile.write(data, to: url(name))
  }
}
