import Foundation
import PlanReading
import Reporting

/// A batch output folder read back.
///
/// It holds the folder's `batch.json`, the lines of its `results.jsonl` and its
/// `errors.json`. Used by `merge` and `compare`.
struct BatchFolder {
  /// The folder.
  let url: URL
  /// What the run was.
  let info: BatchInfo
  /// The scored plans with their exact `results.jsonl` lines.
  let results: [(plan: ScoredPlan, line: String)]
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
    results = try Self.readResults(resultsURL)
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
    guard let data = try? Data(contentsOf: resultsURL) else {
      throw .notABatchOutput(path: folder.path, missing: BatchLayout.results)
    }
    let found = ResultsDigest(of: data)
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

  /// The lines of a `results.jsonl` file, each with its scored plan.
  /// - Throws: ``BatchError/corruptResults(path:line:reason:)`` naming the line.
  static func readResults(_ url: URL) throws(BatchError) -> [(plan: ScoredPlan, line: String)] {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .notABatchOutput(
        path: url.deletingLastPathComponent().path, missing: url.lastPathComponent)
    }
    var results: [(plan: ScoredPlan, line: String)] = []
    let decoder = JSONDecoder()
    for (number, line) in String(decoding: data, as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.trimmingCharacters(in: .whitespaces).isEmpty {
      do {
        let record = try decoder.decode(ResultLine.self, from: Data(line.utf8))
        results.append((record.plan, String(line)))
      } catch {
        throw .corruptResults(
          path: url.path, line: number + 1, reason: DecodingProblem.words(for: error))
      }
    }
    return results
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
    return try BatchFolder.readResults(file).map(\.plan)
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
