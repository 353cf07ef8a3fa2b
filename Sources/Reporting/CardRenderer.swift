import PlanReading
import Scoring

/// Writes scorecards as cards in text, JSON, Markdown or HTML through the
/// ``ReportRenderer`` of each format.
public struct CardRenderer: DocumentRenderer {
  /// Text, JSON, Markdown and HTML.
  public static let formats: [OutputFormat] = [.text, .json, .markdown, .html]

  /// The language of labels and rubric texts; `nil`: each card in its own
  /// plan's language.
  public let language: PlanLanguage?
  /// Whether ANSI colour may be used (text only).
  public let color: Bool
  /// A link back to an index page (HTML only), or `nil` for none.
  public let indexLink: String?

  /// Creates the renderer.
  public init(language: PlanLanguage?, color: Bool = false, indexLink: String? = nil) {
    self.language = language
    self.color = color
    self.indexLink = indexLink
  }

  /// The renderer of one format.
  /// - Throws: ``UnsupportedFormatError`` for CSV.
  public func renderer(for format: OutputFormat) throws -> any ReportRenderer {
    switch format {
    case .text: return TextRenderer(language: language, color: color)
    case .json: return JSONRenderer()
    case .markdown: return MarkdownRenderer(language: language)
    case .html: return HTMLRenderer(language: language, indexLink: indexLink)
    case .csv: throw Self.unsupported(format)
    }
  }

  /// One or more scorecards as one document in a format.
  public func render(_ scorecards: [Scorecard], as format: OutputFormat) throws -> String {
    try renderer(for: format).render(scorecards)
  }
}
