import Assessment
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
///
/// An entry is one header line, `{"key":…,"sha256":…}`, then the scorecard's
/// JSON. The checksum covers the key and the scorecard's bytes, and a read
/// entry must also fit the rubric (known criteria, levels on the scale, a
/// grade from 1 to 10); an entry that fails is not trusted, and the plan is
/// scored again (``Lookup/rejected(reason:)``).
struct ResultCache: Sendable {
  /// What a look-up found.
  enum Lookup {
    /// A valid entry.
    case hit(Scorecard)
    /// No entry.
    case miss
    /// An entry that was damaged or changed; the reason, for messages.
    case rejected(reason: String)
  }

  /// The first line of an entry.
  private struct Header: Codable {
    var key: String
    var sha256: String
  }

  /// The cache folder.
  let folder: URL

  /// The key of one plan's result.
  static func key(fileHash: String, rubricHash: String, engineVersion: String, manifest: String)
    -> String
  {
    // 3: entries carry a checksum, and scorecards `readability`; 4: scorecards
    // carry `plan_id`, `plan_status` and titles chosen by `PlanTitle`. Older
    // entries are scored again.
    let material = ["scorecard-cache-4", fileHash, rubricHash, engineVersion, manifest]
      .joined(separator: "\n")
    return SHA256Hex.of(Data(material.utf8))
  }

  /// The stored scorecard for a key, checked against its checksum and the rubric.
  func load(_ key: String, rubric: Rubric) -> Lookup {
    guard let data = try? FileAccess.read(url(for: key).path) else { return .miss }
    guard let newline = data.firstIndex(of: UInt8(ascii: "\n")),
      let header = try? JSONDecoder().decode(Header.self, from: data[..<newline])
    else { return .rejected(reason: "the entry has no checksum line") }
    let body = data[data.index(after: newline)...]
    guard header.key == key else {
      return .rejected(reason: "the entry belongs to another key")
    }
    guard header.sha256 == Self.checksum(key: key, body: body) else {
      return .rejected(reason: "the checksum does not match the content")
    }
    guard let card = try? JSONDecoder().decode(Scorecard.self, from: body) else {
      return .rejected(reason: "the scorecard cannot be read")
    }
    if let problem = Self.problem(in: card, rubric: rubric) {
      return .rejected(reason: problem)
    }
    return .hit(card)
  }

  /// Stores a scorecard; a cache that cannot be written is skipped, since the
  /// run itself does not depend on it.
  func store(_ scorecard: Scorecard, key: String) {
    guard let body = try? StableJSON.line(scorecard),
      let header = try? StableJSON.line(
        Header(key: key, sha256: Self.checksum(key: key, body: body)))
    else { return }
    try? AtomicFile.write(
      header + Data("\n".utf8) + body, to: url(for: key), creatingFolders: true)
  }

  /// Removes the temporary files that runs killed while writing an entry left
  /// behind (`.<name>.partial-…`); files younger than `age` seconds may belong
  /// to a run that is still going, and are kept.
  func removeStalePartials(olderThan age: TimeInterval = 3600) {
    let manager = FileManager.default
    guard let walker = manager.enumerator(atPath: folder.path) else { return }
    let limit = Date().addingTimeInterval(-age)
    while let relative = walker.nextObject() as? String {
      let url = folder.appendingPathComponent(relative)
      guard AtomicFile.isTemporary(url.lastPathComponent),
        let modified = (try? manager.attributesOfItem(atPath: url.path))?[.modificationDate]
          as? Date, modified < limit
      else { continue }
      try? manager.removeItem(at: url)
    }
  }

  // MARK: - Checks

  /// The SHA-256 of the key and the scorecard's bytes.
  static func checksum(key: String, body: Data) -> String {
    SHA256Hex.of(Data("\(key)\n".utf8) + body)
  }

  /// What makes a cached scorecard impossible for the rubric, or `nil`.
  static func problem(in card: Scorecard, rubric: Rubric) -> String? {
    guard card.grade.isFinite, (1...10).contains(card.grade),
      card.gradeUncapped.isFinite, (1...10).contains(card.gradeUncapped)
    else { return "grade \(card.grade) is outside 1–10" }
    guard (0...100).contains(card.index) else { return "index \(card.index) is outside 0–100" }
    guard card.rubric.id == rubric.id else { return "the entry is of rubric \(card.rubric.id)" }
    let known = Set(rubric.criteria.map(\.id))
    let maxLevel = rubric.scale.maxLevel
    var seen: Set<String> = []
    for criterion in card.criteria {
      guard known.contains(criterion.id) else {
        return "unknown criterion '\(criterion.id)'"
      }
      guard seen.insert(criterion.id).inserted else {
        return "criterion '\(criterion.id)' appears twice"
      }
      if let level = criterion.level, !(0...maxLevel).contains(level) {
        return "criterion '\(criterion.id)' has level \(level), outside 0–\(maxLevel)"
      }
    }
    guard seen.count == known.count else { return "criteria are missing" }
    return nil
  }

  /// `<folder>/ab/abcdef….json`: two-letter subfolders keep folders small.
  private func url(for key: String) -> URL {
    folder.appendingPathComponent(String(key.prefix(2)), isDirectory: true)
      .appendingPathComponent("\(key).json")
  }
}
