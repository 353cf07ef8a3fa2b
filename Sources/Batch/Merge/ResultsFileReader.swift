import Foundation

/// Reads a `results.jsonl` file in chunks: its lines with their byte offsets,
/// its digest, and one line back by offset, so `merge` never holds a whole
/// shard's file.
struct ResultsFileReader {
  /// Where one line lies in the file (without its newline).
  struct Span: Sendable, Equatable {
    /// The offset of its first byte.
    var offset: UInt64
    /// Its length in bytes.
    var length: Int
  }

  /// How many bytes are read at a time.
  private static let chunk = 1 << 20

  /// The file.
  let url: URL

  /// Calls `body` with every line (without its newline), its 1-based number
  /// and its span, in order; the last line may lack a newline.
  /// - Throws: ``BatchError/notABatchOutput(path:missing:)`` when the file
  ///   cannot be read; whatever `body` throws.
  func forEachLine(_ body: (Data, Int, Span) throws(BatchError) -> Void) throws(BatchError) {
    var pending = Data()
    var start: UInt64 = 0
    var number = 0
    try forEachChunk { chunk throws(BatchError) in
      pending.append(chunk)
      var from = pending.startIndex
      while let newline = pending[from...].firstIndex(of: UInt8(ascii: "\n")) {
        number += 1
        let line = pending[from..<newline]
        try body(Data(line), number, Span(offset: start, length: line.count))
        start += UInt64(line.count + 1)
        from = pending.index(after: newline)
      }
      pending = Data(pending[from...])
    }
    if !pending.isEmpty {
      try body(pending, number + 1, Span(offset: start, length: pending.count))
    }
  }

  /// The line count and SHA-256 of the file's bytes.
  /// - Throws: ``BatchError/notABatchOutput(path:missing:)``.
  func digest() throws(BatchError) -> ResultsDigest {
    var digest = ResultsDigest.Builder()
    try forEachChunk { chunk throws(BatchError) in digest.add(chunk) }
    return digest.finish()
  }

  /// The bytes of one line.
  /// - Throws: ``BatchError/notABatchOutput(path:missing:)``.
  func line(at span: Span, in handle: FileHandle) throws(BatchError) -> Data {
    do {
      try handle.seek(toOffset: span.offset)
      let data = try handle.read(upToCount: span.length) ?? Data()
      guard data.count == span.length else { throw CocoaError(.fileReadCorruptFile) }
      return data
    } catch {
      throw missing
    }
  }

  /// Opens the file for ``line(at:in:)``.
  /// - Throws: ``BatchError/notABatchOutput(path:missing:)``.
  func open() throws(BatchError) -> FileHandle {
    guard let handle = FileHandle(forReadingAtPath: url.path) else { throw missing }
    return handle
  }

  private func forEachChunk(_ body: (Data) throws(BatchError) -> Void) throws(BatchError) {
    let handle = try open()
    defer { try? handle.close() }
    while true {
      let data: Data
      do {
        data = try handle.read(upToCount: Self.chunk) ?? Data()
      } catch {
        throw missing
      }
      if data.isEmpty { return }
      try body(data)
    }
  }

  private var missing: BatchError {
    .notABatchOutput(path: url.deletingLastPathComponent().path, missing: url.lastPathComponent)
  }
}
