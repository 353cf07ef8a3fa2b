import Scoring

extension Evidence {
  /// Where the evidence stands, for people: `Section › Subsection, line 12`.
  func place(_ strings: ReportStrings) -> String {
    let section = headingPath.suffix(2).joined(separator: " › ")
    let line = "\(strings.line) \(self.line)"
    return section.isEmpty ? line : "\(section), \(line)"
  }
}
