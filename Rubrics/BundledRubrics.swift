import Foundation

/// The rubric files shipped with the scorecard, found from any working directory.
public enum BundledRubrics {
  /// The id of the rubric used when none is named.
  public static let defaultID = "lsa-participatie"

  /// The ids of all bundled rubrics, sorted.
  public static var ids: [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".json") && $0 != "rubric.schema.json" }
      .map { String($0.dropLast(5)) }.sorted()
  }

  /// The URL of the bundled rubric with this id, or `nil` when there is none.
  public static func url(forID id: String) -> URL? {
    let url = folder.appendingPathComponent("\(id).json")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The URL of the bundled JSON Schema for rubric files.
  public static var schemaURL: URL {
    folder.appendingPathComponent("rubric.schema.json")
  }

  private static var folder: URL {
    guard let url = Bundle.module.resourceURL else {
      preconditionFailure("the BundledRubrics resource bundle is missing")
    }
    return url
  }
}
