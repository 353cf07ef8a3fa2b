import Foundation
import ZIPFoundation

/// A Word or OpenDocument file opened as a ZIP archive in memory.
///
/// Parts are extracted into memory only, never to disk, so the archive's path
/// names are only ever used to look parts up. Extraction is guarded against
/// ZIP bombs while it runs, whatever the headers claim: the parts read from one
/// archive may together hold at most ``Limits/totalBytes`` bytes, and a part
/// larger than ``Limits/ratioFreeBytes`` may be at most ``Limits/maximumRatio``
/// times its compressed size.
struct OfficeArchive {
  /// The bounds on what may be extracted from one archive.
  struct Limits: Equatable {
    /// The most bytes all parts read from the archive may hold together.
    var totalBytes: Int
    /// The highest ratio of uncompressed to compressed size a large part may have.
    var maximumRatio: Int = 200
    /// Parts up to this size are never refused for their ratio (a small,
    /// repetitive XML part compresses very well).
    var ratioFreeBytes: Int = 1_000_000

    /// The limits for a reader that accepts files of up to `maxBytes` bytes:
    /// four times that in all.
    init(maxBytes: Int) {
      totalBytes = maxBytes.multipliedReportingOverflow(by: 4).overflow ? Int.max : maxBytes * 4
    }
  }

  private let archive: MemoryArchive
  private let path: String
  private let limits: Limits
  private var extracted = 0

  /// Opens an archive held in memory.
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The path to name in errors.
  ///   - limits: The bounds on extraction.
  /// - Throws: ``PlanReadingError/corruptArchive(path:reason:)`` when the bytes
  ///   are not a readable ZIP archive.
  init(data: Data, path: String, limits: Limits) throws(PlanReadingError) {
    guard let opened = MemoryArchive(data) else {
      throw .corruptArchive(
        path: path, reason: "its table of contents (the ZIP central directory) cannot be read")
    }
    archive = opened
    self.path = path
    self.limits = limits
  }

  /// The bytes of a part, or `nil` when the archive has no file at `part`.
  /// - Throws: ``PlanReadingError/archiveBomb(path:part:reason:)`` when the
  ///   part would exceed the limits, ``PlanReadingError/corruptArchive(path:reason:)``
  ///   when it cannot be decompressed or its checksum is wrong.
  mutating func data(of part: String) throws(PlanReadingError) -> Data? {
    guard let (entry, member) = archive.entry(part), entry.type == .file else { return nil }
    let compressed = max(member.data.count, 1)
    let budget = limits.totalBytes - extracted
    let ratioBound =
      compressed.multipliedReportingOverflow(by: limits.maximumRatio).overflow
      ? Int.max : compressed * limits.maximumRatio
    let partLimit = max(ratioBound, limits.ratioFreeBytes)
    var content = Data()
    var refusal: String?
    do {
      try archive.unpack(member, checksum: entry.checksum) { chunk in
        content.append(chunk)
        if content.count > budget {
          refusal =
            "its parts unpack to more than \(limits.totalBytes) bytes (four times the largest "
            + "plan file accepted)"
        } else if content.count > partLimit {
          refusal =
            "\(part) unpacks to more than \(limits.maximumRatio) times its compressed size "
            + "of \(compressed) bytes"
        }
        if refusal != nil { throw CancellationError() }
      }
    } catch {
      if let refusal { throw .archiveBomb(path: path, part: part, reason: refusal) }
      throw .corruptArchive(
        path: path, reason: "the part \(part) cannot be unpacked (\(Self.describe(error)))")
    }
    extracted += content.count
    return content
  }

  private static func describe(_ error: any Error) -> String {
    switch error {
    case MemoryArchive.UnpackingError.wrongChecksum: return "its checksum is wrong"
    case MemoryArchive.UnpackingError.unknownMethod: return "unknown compression method"
    default: return "damaged compressed data"
    }
  }
}
