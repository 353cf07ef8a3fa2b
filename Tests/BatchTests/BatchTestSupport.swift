import Foundation
import Reporting
import Scoring
import TestSupport

@testable import Batch

/// Plan folders on disk and batch runs with the small test rubric, so batch
/// tests do not depend on the default rubric's wording.
enum BatchFixture {
  /// The test rubric from the fixtures.
  static let rubric: Rubric = {
    do {
      return try Rubric(contentsOf: Fixtures.url("rubrics/test-rubric.json"))
    } catch {
      preconditionFailure("the test rubric must load: \(error)")
    }
  }()

  /// A fresh, empty temporary folder.
  static func temporaryFolder(_ label: String = "batch") throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-\(label)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes files (relative path → bytes) into a new temporary folder.
  static func folder(_ files: [String: Data]) throws -> URL {
    let root = try temporaryFolder("plans")
    try write(files, into: root)
    return root
  }

  /// Writes files (relative path → bytes) into a folder.
  static func write(_ files: [String: Data], into root: URL) throws {
    for (path, data) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: url)
    }
  }

  /// A text plan with front matter and paragraphs.
  static func plan(
    gemeente: String? = nil, wijk: String? = nil, jaar: Int? = nil, soort: String? = nil,
    _ paragraphs: String...
  ) -> Data {
    var front: [String] = ["taal: nl"]
    if let gemeente { front.append("gemeente: \(gemeente)") }
    if let wijk { front.append("wijk: \(wijk)") }
    if let jaar { front.append("jaar: \(jaar)") }
    if let soort { front.append("soort: \(soort)") }
    let text =
      "---\n" + front.joined(separator: "\n") + "\n---\n\n# Participatie\n\n"
      + paragraphs.joined(separator: "\n\n") + "\n"
    return Data(text.utf8)
  }

  /// Three good plans (two text, one XML) and three bad ones: malformed XML,
  /// an empty file and a broken PDF (a header and a few bytes, cut off).
  static let mixedFolder: [String: Data] = [
    "zwolle/holtenbroek.md": plan(
      gemeente: "Zwolle", wijk: "Holtenbroek", jaar: 2025, soort: "wijkactieplan",
      "Bewoners beslissen over het wijkbudget van € 40.000.",
      "Er is een reactienota en iedereen kreeg terugkoppeling."),
    "arnhem.txt": plan(
      gemeente: "Arnhem", jaar: 2024, "We raadplegen bewoners met een enquête."),
    "utrecht/overvecht.xml": Data(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <plan gemeente="Utrecht" wijk="Overvecht" jaar="2025" soort="wijkactieplan" taal="nl">
        <titel>Wijkplan Overvecht</titel>
        <sectie><kop>Participatie</kop>
          <alinea>De gemeente stuurt een nieuwsbrief.</alinea>
        </sectie>
      </plan>
      """.utf8),
    "kapot.xml": Data("<?xml version=\"1.0\"?>\n<plan>\n  <alinea>open\n</plan>\n".utf8),
    "leeg.txt": Data(),
    "scan.pdf": Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00, 0xFF, 0x01]),
  ]

  /// Runs a batch with the test rubric, one shard or all.
  static func run(
    _ input: URL, into output: URL, _ configure: (inout BatchOptions) -> Void = { _ in }
  ) async throws -> BatchOutcome {
    var options = BatchOptions(input: input, output: output)
    configure(&options)
    return try await BatchRunner(rubric: rubric, options: options).run()
  }

  /// Every file under a folder (relative path → bytes), leaving out the cache.
  static func contents(of folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return result }
    while let relative = walker.nextObject() as? String {
      guard !relative.hasPrefix(BatchLayout.defaultCache) else { continue }
      let url = folder.appendingPathComponent(relative)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result[relative] = try Data(contentsOf: url)
      }
    }
    return result
  }

  /// A text file of the output folder.
  static func text(_ name: String, in folder: URL) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }
}
