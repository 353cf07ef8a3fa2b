import Foundation
import PlanReading

/// Writes files so that a reader (or a killed run) only ever sees the old
/// complete file or the new complete file: the bytes go to a hidden temporary
/// file in the same folder, which is then renamed over the target.
enum AtomicFile {
  /// Writes `data` to `url`, creating the folders on the way.
  /// - Throws: ``BatchError/cannotWrite(path:reason:)``.
  static func write(_ data: Data, to url: URL) throws(BatchError) {
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).partial-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try data.write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .cannotWrite(path: url.path, reason: FileAccess.words(for: error, path: url.path))
    }
    guard rename(temporary.path, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw .cannotWrite(path: url.path, reason: reason)
    }
  }

  /// Writes text as UTF-8.
  static func write(_ text: String, to url: URL) throws(BatchError) {
    try write(Data(text.utf8), to: url)
  }

  /// Whether a file name is one of this type's temporary files.
  static func isTemporary(_ name: String) -> Bool {
    name.hasPrefix(".") && name.contains(".partial-")
  }
}
