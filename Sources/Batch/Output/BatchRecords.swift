import Assessment
import Crypto
import Foundation
import PlanReading
import Reporting
import Scoring

/// One line of `results.jsonl`: the plan's relative path, its reports and its
/// full scorecard (the layout of `docs/scorecard-json.md`).
struct ResultLine: Codable {
  /// The plan's path relative to the plan folder.
  var file: String
  /// The plan's key in `plans.csv`; absent when it has none.
  var key: String?
  /// The reports, relative to the output folder, by format (`json`, `markdown`, …).
  var reports: [String: String]
  /// The scorecard.
  var scorecard: Scorecard

  /// The line for a scored plan.
  init(_ plan: ScoredPlan) {
    file = plan.file
    key = plan.key
    reports = Dictionary(uniqueKeysWithValues: plan.reports.map { ($0.key.rawValue, $0.value) })
    scorecard = plan.scorecard
  }

  /// The scored plan of this line (unknown report formats are left out).
  var plan: ScoredPlan {
    let known = reports.compactMap { key, value in OutputFormat(rawValue: key).map { ($0, value) } }
    return ScoredPlan(
      file: file, key: key, reports: Dictionary(uniqueKeysWithValues: known), scorecard: scorecard)
  }

  /// One line of compact JSON with sorted keys (no trailing newline).
  func encoded() throws -> String {
    String(decoding: try StableJSON.line(self), as: UTF8.self)
  }
}

/// `errors.json`: the plans that could not be read or scored.
struct ErrorsFile: Codable {
  /// The version of this layout.
  var format = 1
  /// The failures, sorted by file.
  var errors: [PlanFailure]
}

/// `batch.json`: what a run was, so `merge` can check that shards fit.
struct BatchInfo: Codable, Equatable {
  /// The rubric that was applied.
  struct RubricInfo: Codable, Equatable {
    var id: String
    var version: String
    var sha256: String
  }

  /// The version of this layout.
  var format = 1
  /// The engine version.
  var engineVersion: String
  /// The rubric.
  var rubric: RubricInfo
  /// The shard this run scored, if it was one.
  var shard: Shard?
  /// The language of the index and the summary.
  var language: String
  /// The per-plan report formats.
  var formats: [String]
  /// Plans in this run (after sharding).
  var files: Int
  /// Plans scored.
  var scored: Int
  /// Plans that failed.
  var failed: Int
  /// The lines and SHA-256 of `results.jsonl` as written, so `merge` can tell
  /// a damaged shard; `nil` only in folders written before it was recorded.
  var results: ResultsDigest?

  enum CodingKeys: String, CodingKey {
    case format
    case engineVersion = "engine_version"
    case rubric, shard, language, formats, files, scored, failed, results
  }
}

/// What `batch.json` records of `results.jsonl`: its line count and the
/// SHA-256 of its bytes.
struct ResultsDigest: Codable, Equatable {
  /// The number of lines (one per scored plan).
  var lines: Int
  /// The SHA-256 of the file's bytes, lowercase hex.
  var sha256: String

  /// A digest from its parts.
  init(lines: Int, sha256: String) {
    self.lines = lines
    self.sha256 = sha256
  }

  /// The digest of the bytes of a `results.jsonl` file.
  init(of data: Data) {
    lines = data.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    sha256 = SHA256Hex.of(data)
  }

  /// A digest taken piece by piece, as a file is written or read in chunks.
  struct Builder {
    private var hasher = SHA256()
    private var lines = 0

    /// Adds the next bytes of the file.
    mutating func add(_ bytes: Data) {
      hasher.update(data: bytes)
      lines += bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// The digest of every byte added.
    func finish() -> ResultsDigest {
      ResultsDigest(
        lines: lines, sha256: hasher.finalize().map { String(format: "%02x", $0) }.joined())
    }
  }
}
