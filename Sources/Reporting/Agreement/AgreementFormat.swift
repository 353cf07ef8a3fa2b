/// The formats an agreement report can be written in.
public enum AgreementFormat: String, Sendable, CaseIterable {
  /// Plain words for residents, for a terminal.
  case text
  /// Markdown, for sharing.
  case markdown
  /// Stable JSON (`docs/agreement-json.md`).
  case json
  /// The figures per criterion, per plan and overall, as CSV with `;` and a
  /// byte order mark, like `summary.csv`.
  case csv
}
