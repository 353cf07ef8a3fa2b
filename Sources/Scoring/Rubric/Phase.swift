/// The phase of a plan's life a criterion is about.
public enum Phase: String, Sendable, Codable, CaseIterable {
  /// Making the plan.
  case making
  /// Carrying the plan out.
  case carryingOut = "carrying_out"
}
