import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive lock on an output folder for the length of a run, so two
/// runs into the same folder cannot mix their outputs.
///
/// The lock is an advisory `flock` on the hidden file ``fileName`` inside the
/// folder, which holds the process id of the run that has it while it runs. The
/// system releases the lock when the process ends, however it ends, so a
/// killed run never leaves a stale lock behind. Call ``release()`` once.
final class OutputLock {
  /// The lock file inside the output folder.
  static let fileName = ".scorecard.lock"

  /// The open lock file.
  private let descriptor: Int32

  /// Takes the lock of `folder`, which must exist.
  /// - Throws: ``BatchError/outputLocked(path:holder:)`` at once when another
  ///   run holds it; ``BatchError/cannotWrite(path:reason:)`` when the lock
  ///   file cannot be made.
  init(folder: URL) throws(BatchError) {
    let path = folder.appendingPathComponent(Self.fileName).path
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let holder = Self.holder(descriptor)
      close(descriptor)
      throw .outputLocked(path: folder.path, holder: holder)
    }
    let pid = Array("\(getpid())\n".utf8)
    _ = ftruncate(descriptor, 0)
    _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    self.descriptor = descriptor
  }

  /// Gives the lock up (closing the file releases the `flock`); the file is
  /// emptied first, so a finished run leaves no process id behind and the
  /// output folder stays byte-identical from run to run.
  func release() {
    _ = ftruncate(descriptor, 0)
    close(descriptor)
  }

  /// "process 1234" from the lock file, or `nil` when it holds no number.
  private static func holder(_ descriptor: Int32) -> String? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[..<count], as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    guard let pid = Int(text) else { return nil }
    return "process \(pid)"
  }
}
