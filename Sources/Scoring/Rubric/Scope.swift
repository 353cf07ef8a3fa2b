/// The unit of text a rule looks at for co-occurrence and for `specific`.
public enum Scope: String, Sendable, Codable, CaseIterable {
  /// One sentence (the default).
  case sentence
  /// One paragraph.
  case paragraph
  /// One section, from a heading to the next heading of the same or a higher level.
  case section
}
