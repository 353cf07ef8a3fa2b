import Foundation

@testable import Batch

/// A batch's `plans.csv` manifest: an input is the file, read as UTF-8 (as
/// `PlanManifest.load(from:)` does) and parsed by `PlanManifest.parse(_:path:)`.
/// Built with `-enable-testing` for the internal reader.
enum ManifestHarness {
  /// Parses one input; a thrown manifest error is a correct outcome.
  static func test(_ data: Data) {
    guard let text = String(data: data, encoding: .utf8),
      let manifest = try? PlanManifest.parse(text, path: "plans.csv")
    else { return }
    for (file, entry) in manifest.entries {
      precondition(!file.isEmpty, "a manifest row names a file")
      _ = entry.cacheKey
    }
  }
}
