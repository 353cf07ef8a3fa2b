/// Whether a match is evidence for participation or a sign of fake participation.
public enum Polarity: String, Sendable, Codable, CaseIterable {
  /// Evidence for participation (the default).
  case positive
  /// A sign of fake participation, reported as a warning.
  case warning
}
