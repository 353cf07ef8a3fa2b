import Scoring

extension Evidence {
  /// Where the evidence stands, for people: `Section › Subsection, line 12`,
  /// or `…, p. 12` for a PDF.
  package func place(_ strings: ReportStrings) -> String {
    let section = headingPath.suffix(2).joined(separator: " › ")
    let line = page.map { "\(strings.page) \($0)" } ?? "\(strings.line) \(self.line)"
    return section.isEmpty ? line : "\(section), \(line)"
  }
}
