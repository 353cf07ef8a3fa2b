import Assessment
import Foundation

/// Writes the files of a batch with ``AtomicFile``, creating their folders.
///
/// They are not synced to the disk one by one (as `results.jsonl` is not):
/// a run writes several files per plan, and waiting for the disk after each
/// made the HTML and Markdown reports cost more time than rendering them. A
/// killed run still leaves every file complete and old or complete and new.
enum BatchFile {
  /// Writes `data` to `url` atomically, without syncing it.
  /// - Throws: ``BatchError/cannotWrite(path:reason:)``.
  static func write(_ data: Data, to url: URL) throws(BatchError) {
    do {
      try AtomicFile.write(data, to: url, creatingFolders: true, syncing: false)
    } catch {
      throw .cannotWrite(path: error.path, reason: error.reason)
    }
  }

  /// Writes text as UTF-8.
  static func write(_ text: String, to url: URL) throws(BatchError) {
    try write(Data(text.utf8), to: url)
  }
}
