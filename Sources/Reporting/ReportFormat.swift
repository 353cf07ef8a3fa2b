/// The formats a scorecard can be rendered in.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// A readable card for a terminal.
  case text
  /// Stable, documented JSON.
  case json
  /// Markdown, for sharing.
  case markdown
}
