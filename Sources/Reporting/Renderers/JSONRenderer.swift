import Assessment
import Foundation
import Scoring

/// Renders scorecards as JSON: sorted keys, pretty-printed, byte-identical for
/// the same plan, rubric and engine version.
public struct JSONRenderer: ReportRenderer {
  public static let format = OutputFormat.json

  /// Creates the renderer.
  public init() {}

  /// One object for one scorecard, an array for several; ends with a newline.
  public func render(_ scorecards: [Scorecard]) throws -> String {
    let data =
      scorecards.count == 1 ? try StableJSON.file(scorecards[0]) : try StableJSON.file(scorecards)
    return String(decoding: data, as: UTF8.self)
  }
}
