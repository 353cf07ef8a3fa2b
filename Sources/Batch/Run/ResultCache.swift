import Foundation
import PlanReading
import Scoring

/// Keeps scorecards between runs, so a second run over unchanged plans only
/// reads and hashes the files.
///
/// A result is keyed by the SHA-256 of the plan file's bytes, the hash of the
/// rubric file, the engine version and the plan's row in the manifest (which
/// can change the kind, and so the criteria that apply). Change any of these
/// and the plan is scored again. Entries are written atomically, so runs on
/// several machines may share one cache folder.
struct ResultCache: Sendable {
  /// The cache folder.
  let folder: URL

  /// The key of one plan's result.
  static func key(fileHash: String, rubricHash: String, engineVersion: String, manifest: String)
    -> String
  {
    // 2: scorecards carry `readability`; entries written before it are scored again.
    let material = ["scorecard-cache-2", fileHash, rubricHash, engineVersion, manifest]
      .joined(separator: "\n")
    return SHA256Hex.of(Data(material.utf8))
  }

  /// The stored scorecard for a key; `nil` when absent or unreadable.
  func load(_ key: String) -> Scorecard? {
    guard let data = try? Data(contentsOf: url(for: key)) else { return nil }
    return try? JSONDecoder().decode(Scorecard.self, from: data)
  }

  /// Stores a scorecard; a cache that cannot be written is skipped, since the
  /// run itself does not depend on it.
  func store(_ scorecard: Scorecard, key: String) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(scorecard) else { return }
    try? AtomicFile.write(data, to: url(for: key))
  }

  /// `<folder>/ab/abcdef….json`: two-letter subfolders keep folders small.
  private func url(for key: String) -> URL {
    folder.appendingPathComponent(String(key.prefix(2)), isDirectory: true)
      .appendingPathComponent("\(key).json")
  }
}
