import Assessment
import Foundation

/// Writes the files of a batch with ``AtomicFile``, creating their folders.
enum BatchFile {
  /// Writes `data` to `url` atomically.
  /// - Throws: ``BatchError/cannotWrite(path:reason:)``.
  static func write(_ data: Data, to url: URL) throws(BatchError) {
    do {
      try AtomicFile.write(data, to: url, creatingFolders: true)
    } catch {
      throw .cannotWrite(path: error.path, reason: error.reason)
    }
  }

  /// Writes text as UTF-8.
  static func write(_ text: String, to url: URL) throws(BatchError) {
    try write(Data(text.utf8), to: url)
  }
}
