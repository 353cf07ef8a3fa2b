import Foundation
import PlanReading

/// Writes files so that a reader (or a killed run) only ever sees the old
/// complete file or the new complete file: the bytes go to a hidden temporary
/// file in the same folder, which is then renamed over the target.
public enum AtomicFile {
  /// A file that could not be written, with the reason in words.
  public struct WriteFailure: Error, Sendable, Equatable {
    /// The file that was to be written.
    public let path: String
    /// Why it could not be, such as "the disk is full".
    public let reason: String
  }

  /// Writes `data` to `url`.
  /// - Parameter creatingFolders: Whether to create the missing folders on the
  ///   way; otherwise a missing folder is a failure.
  public static func write(
    _ data: Data, to url: URL, creatingFolders: Bool = false
  ) throws(WriteFailure) {
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).partial-\(UUID().uuidString)")
    do {
      if creatingFolders {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      }
      try data.write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw WriteFailure(path: url.path, reason: FileAccess.words(for: error, path: url.path))
    }
    guard rename(temporary.path, url.path) == 0 else {
      let code = errno
      try? FileManager.default.removeItem(at: temporary)
      throw WriteFailure(path: url.path, reason: FileAccess.words(errno: code))
    }
  }

  /// Whether a file name is one of this type's temporary files.
  public static func isTemporary(_ name: String) -> Bool {
    name.hasPrefix(".") && name.contains(".partial-")
  }
}
