import Foundation

/// The golden report files in `Tests/TestSupport/Fixtures/reports`: a
/// rendered report is compared with one byte for byte, and
/// `RECORD_SNAPSHOTS=1` writes it instead.
public enum GoldenFile {
  /// The folder of the golden files, in the source tree.
  public static let folder = Fixtures.packageRoot
    .appendingPathComponent("Tests/TestSupport/Fixtures/reports", isDirectory: true)

  /// Whether `text` is the golden file's bytes (bytes, not strings: decoding
  /// a file drops the byte order mark of a CSV). When recording, writes the
  /// file and answers `true`.
  public static func matches(_ text: String, named name: String) throws -> Bool {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      return true
    }
    return Data(text.utf8) == (try Data(contentsOf: url))
  }
}
