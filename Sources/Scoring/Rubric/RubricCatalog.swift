import BundledRubrics
import Foundation

/// Finds rubrics: a file path, or the id of a rubric bundled with the scorecard.
public enum RubricCatalog {
  /// The ids of the bundled rubrics.
  public static var bundledIDs: [String] { BundledRubrics.ids }

  /// The id of the rubric used when none is named (`lsa-participatie`).
  public static var defaultID: String { BundledRubrics.defaultID }

  /// Loads a rubric named by file path or bundled id; the default rubric when `nil`.
  /// - Throws: ``RubricError`` listing every problem, or saying that nothing by
  ///   that name exists and which ids are bundled.
  public static func load(_ idOrPath: String?) throws(RubricError) -> Rubric {
    try Rubric(contentsOf: locate(idOrPath))
  }

  /// The file of a rubric named by file path or bundled id; the default when `nil`.
  /// - Throws: ``RubricError`` saying that nothing by that name exists.
  public static func locate(_ idOrPath: String?) throws(RubricError) -> URL {
    let name = idOrPath ?? defaultID
    if FileManager.default.fileExists(atPath: name) {
      return URL(fileURLWithPath: name)
    }
    if let url = BundledRubrics.url(forID: name) {
      return url
    }
    throw RubricError(
      source: name,
      problems: [
        RubricProblem(
          severity: .error, path: "",
          message: "no rubric file or bundled rubric by this name; give a path to a rubric "
            + "JSON file or one of: \(bundledIDs.joined(separator: ", "))")
      ])
  }
}
