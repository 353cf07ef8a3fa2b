import PlanReading
import Scoring

/// Renders scorecards in one output format.
public protocol ReportRenderer {
  /// The format's identifier, as a user names it.
  static var format: ReportFormat { get }
  /// Renders one or more scorecards as one document.
  func render(_ scorecards: [Scorecard]) throws -> String
}

/// The formats a scorecard can be rendered in.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// A readable card for a terminal.
  case text
  /// Stable, documented JSON (one object for one plan, an array for several).
  case json
  /// Markdown, for sharing.
  case markdown
  /// A self-contained HTML page (inline CSS, no scripts).
  case html

  /// The renderer for this format.
  /// - Parameters:
  ///   - language: The language of labels and rubric texts; `nil`: each card
  ///     in its own plan's language.
  ///   - color: Whether ANSI colour may be used (text only).
  public func renderer(language: PlanLanguage?, color: Bool = false) -> any ReportRenderer {
    switch self {
    case .text: return TextRenderer(language: language, color: color)
    case .json: return JSONRenderer()
    case .markdown: return MarkdownRenderer(language: language)
    case .html: return HTMLRenderer(language: language)
    }
  }
}
