import Foundation

/// Locates test fixtures and the shared corpus.
public enum Fixtures {
  /// The absolute URL of a file in `Tests/TestSupport/Fixtures/`.
  /// - Parameter name: A path relative to the fixtures folder, such as `text/front-matter.md`.
  public static func url(_ name: String) -> URL {
    guard let base = Bundle.module.resourceURL?.appendingPathComponent("Fixtures") else {
      preconditionFailure("the TestSupport bundle has no Fixtures folder")
    }
    return base.appendingPathComponent(name)
  }

  /// The absolute path of a fixture file.
  public static func path(_ name: String) -> String {
    url(name).path
  }

  /// The root of the package checkout (the folder that holds `Package.swift`).
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The shared corpus folder (`../shared/corpus` beside the checkout), or `nil`
  /// when it is absent. Tests that need it skip with a message then.
  public static var corpus: URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && isDirectory.boolValue ? url : nil
  }
}
