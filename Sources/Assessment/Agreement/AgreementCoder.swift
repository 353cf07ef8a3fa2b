/// One coder in an agreement analysis: a resident (by the name in their
/// assessments) or the engine.
public struct AgreementCoder: Sendable, Hashable, Encodable {
  /// The assessor's name, or `engine` for the engine.
  public var name: String
  /// Whether this coder is the engine.
  public var isEngine: Bool

  /// The engine as a coder.
  public static let engine = AgreementCoder(name: "engine", isEngine: true)

  /// Creates a coder.
  public init(name: String, isEngine: Bool = false) {
    self.name = name
    self.isEngine = isEngine
  }

  enum CodingKeys: String, CodingKey {
    case name
    case isEngine = "engine"
  }
}
