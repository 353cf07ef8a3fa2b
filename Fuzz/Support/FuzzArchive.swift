import Foundation
import ZIPFoundation

/// The Word and OpenDocument harnesses' inputs: either a whole archive, or
/// the XML parts of one, which the harness packs into an archive so that
/// mutations reach the XML rather than breaking the ZIP structure.
public enum FuzzArchive {
  /// The file to read for one input: the input itself when it is a ZIP
  /// archive (it starts with `PK`), otherwise an archive holding `fixed`
  /// parts as they are and the input's pieces, split at two NUL bytes, as
  /// `parts` in order (pieces beyond `parts` are ignored, missing ones left out).
  public static func file(
    from input: Data, parts: [String], fixed: [(path: String, data: Data)] = []
  ) -> Data? {
    if input.starts(with: [0x50, 0x4B]) { return input }
    let pieces = input.split(separator: [0, 0], omittingEmptySubsequences: false)
    let entries = fixed + zip(parts, pieces).map { (path: $0, data: Data($1)) }
    return archive(of: entries)
  }

  /// A ZIP archive, stored without compression, of `entries`.
  private static func archive(of entries: [(path: String, data: Data)]) -> Data? {
    guard let archive = try? Archive(data: Data(), accessMode: .create, pathEncoding: nil) else { return nil }
    for entry in entries {
      let data = entry.data
      try? archive.addEntry(
        with: entry.path, type: .file, uncompressedSize: Int64(data.count),
        modificationDate: Date(timeIntervalSince1970: 0)
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return archive.data
  }
}
