import Foundation
import TestSupport

/// Plan folders for the end-to-end tests of `batch`, `merge` and `compare`,
/// scored with the small test rubric.
enum BatchCLIFixture {
  /// The test rubric's path.
  static let rubric = Fixtures.path("rubrics/test-rubric.json")

  /// A fresh temporary folder.
  static func folder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-cli-\(label)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A text plan with front matter.
  static func plan(gemeente: String, wijk: String? = nil, _ paragraphs: String...) -> Data {
    let front = ["taal: nl", "gemeente: \(gemeente)"] + (wijk.map { ["wijk: \($0)"] } ?? [])
    return Data(
      ("---\n" + front.joined(separator: "\n") + "\n---\n\n# Participatie\n\n"
        + paragraphs.joined(separator: "\n\n") + "\n").utf8)
  }

  /// Writes files (relative path → bytes) into a new folder.
  static func plans(_ files: [String: Data]) throws -> URL {
    let root = try folder("plans")
    for (path, data) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: url)
    }
    return root
  }

  /// Two good plans, one malformed XML file and one hostile plan whose text
  /// and metadata hold markup.
  static let mixed: [String: Data] = [
    "zwolle.md": plan(
      gemeente: "Zwolle", wijk: "Holtenbroek",
      "Bewoners beslissen over het wijkbudget van € 40.000."),
    "arnhem.md": plan(gemeente: "Arnhem", "We raadplegen bewoners met een enquête."),
    "kapot.xml": Data("<?xml version=\"1.0\"?>\n<plan>\n  <alinea>open\n</plan>\n".utf8),
    "vijandig.md": plan(
      gemeente: "<script>alert(1)</script>", wijk: "\"><img src=x onerror=alert(1)>",
      "Bewoners beslissen over <script>alert(1)</script> en \"><img src=x onerror=alert(1)>."),
  ]

  /// A text file of a folder.
  static func text(_ name: String, in folder: URL) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }
}
