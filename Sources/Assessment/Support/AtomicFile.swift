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
  /// - Parameters:
  ///   - creatingFolders: Whether to create the missing folders on the way;
  ///     otherwise a missing folder is a failure.
  ///   - syncing: Whether to wait until the bytes are on the disk (`fsync`)
  ///     before the rename. Without it the write is just as atomic for a
  ///     reader and for a killed process, and it does not wait for the disk;
  ///     only a crash of the whole system may lose the file or leave it empty.
  public static func write(
    _ data: Data, to url: URL, creatingFolders: Bool = false, syncing: Bool = true
  ) throws(WriteFailure) {
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).partial-\(UUID().uuidString)")
    do {
      if creatingFolders {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      }
      if syncing {
        try data.write(to: temporary)
      } else {
        try writeWithoutSyncing(data, to: temporary.path)
      }
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

  /// Writes `data` to a new file at `path` with the system's own calls,
  /// which (unlike `Data.write`) do not `fsync`.
  /// - Throws: The `POSIXError` of the first call that failed.
  private static func writeWithoutSyncing(_ data: Data, to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw posixError(errno) }
    let failure: Int32? = data.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return nil }
      var written = 0
      while written < buffer.count {
        let count = pwrite(descriptor, base + written, buffer.count - written, off_t(written))
        if count < 0 {
          if errno == EINTR { continue }
          return errno
        }
        written += count
      }
      return nil
    }
    let closed = close(descriptor) == 0 ? nil : errno
    if let code = failure ?? closed { throw posixError(code) }
  }

  private static func posixError(_ code: Int32) -> POSIXError {
    POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
  }

  /// Whether a file name is one of this type's temporary files.
  public static func isTemporary(_ name: String) -> Bool {
    name.hasPrefix(".") && name.contains(".partial-")
  }
}
