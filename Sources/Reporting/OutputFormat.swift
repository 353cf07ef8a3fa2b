/// The formats a document (a card, a comparison, an agreement report) can be
/// written in; each ``DocumentRenderer`` names the ones it supports.
public enum OutputFormat: String, Sendable, CaseIterable {
  /// Plain text for a terminal.
  case text
  /// Markdown, for sharing.
  case markdown
  /// A self-contained HTML page (inline CSS, no scripts).
  case html
  /// Stable JSON with sorted keys, for programs.
  case json
  /// CSV with `;` and a byte order mark, like `summary.csv`.
  case csv

  /// The file extension of a document in this format.
  public var fileExtension: String {
    switch self {
    case .text: return "txt"
    case .markdown: return "md"
    case .html: return "html"
    case .json: return "json"
    case .csv: return "csv"
    }
  }

  /// The media type of a document in this format.
  public var mediaType: String {
    switch self {
    case .text: return "text/plain; charset=utf-8"
    case .markdown: return "text/markdown; charset=utf-8"
    case .html: return "text/html; charset=utf-8"
    case .json: return "application/json"
    case .csv: return "text/csv; charset=utf-8"
    }
  }
}
