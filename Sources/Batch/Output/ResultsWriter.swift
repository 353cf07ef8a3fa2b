import Foundation
import PlanReading

/// Writes `results.jsonl` one line at a time, as plans finish, so a batch
/// never holds every plan's line in memory.
///
/// The lines go to a hidden temporary file in the output folder (a name
/// ``AtomicFile`` would give), which ``finish()`` renames over
/// `results.jsonl`: a reader, or a killed run, only ever sees the old
/// complete file or the new one. The line count and SHA-256 that `batch.json`
/// records are taken on the way. Used by one task at a time.
final class ResultsWriter {
  /// How many bytes are gathered before they are written out.
  private static let chunk = 1 << 18

  private let target: URL
  private let temporary: URL
  private let handle: FileHandle
  private var pending = Data()
  private var digest = ResultsDigest.Builder()

  /// Opens the temporary file in `folder`, which must exist.
  /// - Throws: ``BatchError/cannotWrite(path:reason:)``.
  init(folder: URL) throws(BatchError) {
    target = folder.appendingPathComponent(BatchLayout.results)
    temporary = folder.appendingPathComponent(
      ".\(BatchLayout.results).partial-\(UUID().uuidString)")
    guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary.path)
    else {
      throw .cannotWrite(path: target.path, reason: "the file could not be created")
    }
    self.handle = handle
  }

  /// Adds one line (without its newline).
  /// - Throws: ``BatchError/cannotWrite(path:reason:)``.
  func append(_ line: String) throws(BatchError) {
    try append(Data(line.utf8))
  }

  /// Adds one line's bytes (without its newline).
  /// - Throws: ``BatchError/cannotWrite(path:reason:)``.
  func append(_ line: Data) throws(BatchError) {
    let bytes = line + [UInt8(ascii: "\n")]
    digest.add(bytes)
    pending.append(bytes)
    if pending.count >= Self.chunk { try flush() }
  }

  /// Writes what is left, renames the file over `results.jsonl` and returns
  /// the digest `batch.json` records.
  /// - Throws: ``BatchError/cannotWrite(path:reason:)``.
  func finish() throws(BatchError) -> ResultsDigest {
    try flush()
    try? handle.close()
    guard rename(temporary.path, target.path) == 0 else {
      let code = errno
      discard()
      throw .cannotWrite(path: target.path, reason: FileAccess.words(errno: code))
    }
    return digest.finish()
  }

  /// Drops the temporary file (a run that stopped early keeps the old
  /// `results.jsonl`).
  func discard() {
    try? handle.close()
    try? FileManager.default.removeItem(at: temporary)
  }

  private func flush() throws(BatchError) {
    guard !pending.isEmpty else { return }
    do {
      try handle.write(contentsOf: pending)
    } catch {
      throw .cannotWrite(path: target.path, reason: FileAccess.words(for: error, path: target.path))
    }
    pending.removeAll(keepingCapacity: true)
  }
}
