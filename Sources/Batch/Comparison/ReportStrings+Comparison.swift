import Reporting

extension ReportStrings {
  /// `title 1→2` for each change, joined with commas; `—` when there are none.
  func levelChanges(_ changes: [EditionComparison.CriterionChange], titles: Bool) -> String {
    guard !changes.isEmpty else { return "—" }
    return changes.map { change in
      let name = titles ? text(change.title) : change.id
      return "\(name) \(level(change.from))→\(level(change.to))"
    }.joined(separator: ", ")
  }

  /// A level, or the words for not applicable.
  func level(_ value: Int?) -> String {
    value.map(String.init) ?? notApplicable
  }
}
