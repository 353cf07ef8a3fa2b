import Foundation
import PlanReading
import Reporting

/// A batch output folder read back.
///
/// It holds the folder's `batch.json`, a ranking row per line of its
/// `results.jsonl` with where the line lies in the file (the lines stay on
/// disk until `merge` copies them) and its `errors.json`. Used by `merge` and
/// `compare`.
struct BatchFolder {
  /// The folder.
  let url: URL
  /// What the run was.
  let info: BatchInfo
  /// The scored plans, with scorecards cut down to ranking rows
  /// (``Scoring/Scorecard/rankingRow``), and where each one's line lies in
  /// `results.jsonl`.
  let results: [(plan: ScoredPlan, line: ResultsFileReader.Span)]
  /// The plans that failed.
  let failures: [PlanFailure]

  /// Reads a batch output folder.
  /// - Throws: ``BatchError/notABatchOutput(path:missing:)``,
  ///   ``BatchError/damagedShard(path:reason:)`` or
  ///   ``BatchError/corruptResults(path:line:reason:)``.
  init(reading url: URL) throws(BatchError) {
    self.url = url
    let infoURL = url.appendingPathComponent(BatchLayout.info)
    guard let infoData = try? Data(contentsOf: infoURL) else {
      throw .notABatchOutput(path: url.path, missing: BatchLayout.info)
    }
    do {
      info = try JSONDecoder().decode(BatchInfo.self, from: infoData)
    } catch {
      throw .corruptResults(
        path: infoURL.path, line: nil, reason: DecodingProblem.words(for: error))
    }
    let resultsURL = url.appendingPathComponent(BatchLayout.results)
    try Self.verify(resultsURL, against: info, folder: url)
    var results: [(plan: ScoredPlan, line: ResultsFileReader.Span)] = []
    try Self.forEachResult(in: resultsURL) { plan, span throws(BatchError) in
      var row = plan
      row.scorecard = row.scorecard.rankingRow
      results.append((row, span))
    }
    self.results = results
    let errorsURL = url.appendingPathComponent(BatchLayout.errors)
    guard let errorsData = try? Data(contentsOf: errorsURL) else {
      throw .notABatchOutput(path: url.path, missing: BatchLayout.errors)
    }
    do {
      failures = try JSONDecoder().decode(ErrorsFile.self, from: errorsData).errors
    } catch {
      throw .corruptResults(
        path: errorsURL.path, line: nil, reason: DecodingProblem.words(for: error))
    }
  }

  /// Checks `results.jsonl` against the line count and SHA-256 that
  /// `batch.json` recorded.
  /// - Throws: ``BatchError/damagedShard(path:reason:)``.
  static func verify(_ resultsURL: URL, against info: BatchInfo, folder: URL) throws(BatchError) {
    guard let recorded = info.results else {
      throw .damagedShard(
        path: folder.path,
        reason: "\(BatchLayout.info) records no checksum of \(BatchLayout.results) "
          + "(written by an older scorecard)")
    }
    let found = try ResultsFileReader(url: resultsURL).digest()
    if found.lines != recorded.lines {
      throw .damagedShard(
        path: folder.path,
        reason: "\(BatchLayout.results) has \(found.lines) lines, \(BatchLayout.info) "
          + "recorded \(recorded.lines)")
    }
    if found.sha256 != recorded.sha256 {
      throw .damagedShard(
        path: folder.path,
        reason: "\(BatchLayout.results) was changed after the run (its SHA-256 is not the "
          + "one \(BatchLayout.info) recorded)")
    }
  }

  /// The scored plans of a `results.jsonl` file, with full scorecards.
  /// - Throws: ``BatchError/corruptResults(path:line:reason:)`` naming the line.
  static func readResults(_ url: URL) throws(BatchError) -> [ScoredPlan] {
    var plans: [ScoredPlan] = []
    try forEachResult(in: url) { plan, _ throws(BatchError) in plans.append(plan) }
    return plans
  }

  /// Calls `body` with the scored plan of every line of a `results.jsonl`
  /// file and where the line lies, reading the file in chunks.
  /// - Throws: ``BatchError/corruptResults(path:line:reason:)`` naming the
  ///   line; ``BatchError/notABatchOutput(path:missing:)``.
  static func forEachResult(
    in url: URL, _ body: (ScoredPlan, ResultsFileReader.Span) throws(BatchError) -> Void
  ) throws(BatchError) {
    let decoder = JSONDecoder()
    try ResultsFileReader(url: url).forEachLine { line, number, span throws(BatchError) in
      if line.first != UInt8(ascii: "{"),
        String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces).isEmpty
      {
        return
      }
      let record: ResultLine
      do {
        record = try decoder.decode(ResultLine.self, from: line)
      } catch {
        throw .corruptResults(
          path: url.path, line: number, reason: DecodingProblem.words(for: error))
      }
      try body(record.plan, span)
    }
  }
}

/// Reads scored plans for `compare`: from a batch output folder or from a
/// `results.jsonl` file.
public enum BatchResults {
  /// The scored plans (with full scorecards) in a batch folder or a
  /// `results.jsonl` file.
  /// - Throws: ``BatchError``.
  public static func load(_ url: URL) throws(BatchError) -> [ScoredPlan] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw .notABatchOutput(path: url.path, missing: BatchLayout.results)
    }
    let file = isDirectory.boolValue ? url.appendingPathComponent(BatchLayout.results) : url
    return try BatchFolder.readResults(file)
  }

  /// Whether a path is a batch output folder or a `.jsonl` file.
  public static func isBatchOutput(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      return false
    }
    if isDirectory.boolValue {
      return FileManager.default.fileExists(
        atPath: url.appendingPathComponent(BatchLayout.results).path)
    }
    return url.pathExtension.lowercased() == "jsonl"
  }
}
