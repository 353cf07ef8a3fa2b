import Foundation

/// Why a batch, a merge or a comparison could not run at all.
///
/// A plan that cannot be read is not an error of the batch: it is listed in
/// `errors.json` and the batch goes on. Every case names the path, the row or line where
/// known, what is wrong and what to do.
public enum BatchError: Error, Sendable, Equatable {
  /// The plan folder does not exist or is not a folder.
  case notAFolder(path: String)
  /// The folder of residents' assessments does not exist or is not a folder.
  case notAnAssessmentFolder(path: String)
  /// The output folder is the plan folder itself.
  case outputIsInput(path: String)
  /// A folder could not be listed.
  case cannotList(path: String, reason: String)
  /// A file could not be written.
  case cannotWrite(path: String, reason: String)
  /// The `plans.csv` manifest has a problem.
  case manifest(path: String, row: Int?, message: String)
  /// A shard's number is not from 1 to the number of shards.
  case invalidShard(index: Int, count: Int)
  /// A gate names a criterion the rubric does not have.
  case unknownCriterion(id: String, known: [String])
  /// A folder given to `merge` or `compare` holds no batch output.
  case notABatchOutput(path: String, missing: String)
  /// A results or errors file could not be read.
  case corruptResults(path: String, line: Int?, reason: String)
  /// The shard outputs given to `merge` do not fit together.
  case shardsDoNotFit(reason: String)
  /// The same plan is in two of the outputs given to `merge`.
  case duplicatePlan(file: String, first: String, second: String)
  /// An output given to `merge` does not match what its `batch.json` recorded.
  case damagedShard(path: String, reason: String)
  /// Another run is writing to the output folder.
  case outputLocked(path: String, holder: String?)
}

extension BatchError: LocalizedError {
  /// The message: where, what is wrong, and what to do.
  public var errorDescription: String? {
    switch self {
    case .notAFolder(let path):
      return "\(path): not a folder. Give the folder that holds the plans."
    case .notAnAssessmentFolder(let path):
      return "\(path): not a folder. Give the folder that holds the residents' assessments "
        + "(the files `scorecard assess` writes)."
    case .outputIsInput(let path):
      return "\(path): the output folder is the plan folder. Give another output folder."
    case .cannotList(let path, let reason):
      return "\(path): cannot list the folder (\(reason)). Check that it exists and may be read."
    case .cannotWrite(let path, let reason):
      return
        "\(path): cannot write (\(reason)). Check that the folder may be written and the disk is not full."
    case .manifest(let path, let row, let message):
      let place = row.map { "\(path): row \($0)" } ?? path
      return "\(place): \(message). Fix the manifest (columns: file;gemeente;wijk;jaar;soort)."
    case .invalidShard(let index, let count):
      return "shard \(index)/\(count): a shard's number goes from 1 to the number of shards."
    case .unknownCriterion(let id, let known):
      return "\(id): the rubric has no criterion '\(id)'. Use one of: "
        + known.joined(separator: ", ") + "."
    case .notABatchOutput(let path, let missing):
      return "\(path): not the output of `scorecard batch` (no \(missing)). "
        + "Give a folder written by `scorecard batch`, or its results.jsonl."
    case .corruptResults(let path, let line, let reason):
      let place = line.map { "\(path):\($0)" } ?? path
      return "\(place): cannot be read (\(reason)). Run the batch again to rewrite it."
    case .shardsDoNotFit(let reason):
      return "the shard outputs do not fit together: \(reason)."
    case .duplicatePlan(let file, let first, let second):
      return "\(file) is in both \(first) and \(second). Give each shard's output once."
    case .damagedShard(let path, let reason):
      return "\(path): damaged output, not merged: \(reason). Run the batch for this folder "
        + "again (with the same shard) and merge again."
    case .outputLocked(let path, let holder):
      let who = holder.map { " (\($0))" } ?? ""
      return "\(path): another scorecard run is writing to this folder\(who). Wait until it "
        + "has finished, or give another output folder."
    }
  }
}
