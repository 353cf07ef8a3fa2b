import Scoring

/// Renders scorecards in one output format; ``CardRenderer`` picks the one
/// for a format.
public protocol ReportRenderer {
  /// The format this renderer writes.
  static var format: OutputFormat { get }
  /// Renders one or more scorecards as one document.
  func render(_ scorecards: [Scorecard]) throws -> String
}
