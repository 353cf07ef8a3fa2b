/// How well the engine agrees with careful human coders, per criterion,
/// overall and on the ladder rung.
public struct CalibrationReport: Sendable, Codable, Equatable {
  /// The rubric used.
  public var rubric: RubricReference
  /// The engine version used.
  public var engineVersion: String
  /// The part of the labelled plans that was scored.
  public var split: CalibrationSplit
  /// How many labelled plans were scored.
  public var plans: Int
  /// Agreement per criterion, in label order.
  public var criteria: [Agreement]
  /// Agreement over all criterion codes pooled.
  public var overall: Agreement
  /// Agreement on the ladder rung.
  public var rung: Agreement
  /// Every code where the engine differs from the coders, with its evidence.
  public var misses: [Miss]
  /// Labelled plans that could not be read, with the reason.
  public var unscored: [Unscored]

  enum CodingKeys: String, CodingKey {
    case rubric
    case engineVersion = "engine_version"
    case split, plans, criteria, overall, rung, misses, unscored
  }

  /// Agreement figures for one variable.
  public struct Agreement: Sendable, Codable, Equatable {
    /// The criterion id, `overall` or `rung`.
    public var id: String
    /// Krippendorff's alpha (ordinal) between coders and engine; `nil` when
    /// undefined (no variation in the codes).
    public var alpha: Double?
    /// Weighted (linear) Cohen's kappa; `nil` when undefined.
    public var kappa: Double?
    /// The share of exact agreement, 0–1.
    public var exact: Double
    /// The share of agreement within one level, 0–1.
    public var withinOne: Double
    /// How many codes were compared.
    public var count: Int
    /// Coders' codes (rows) against the engine's (columns).
    public var confusion: ConfusionTable

    enum CodingKeys: String, CodingKey {
      case id, alpha, kappa, exact
      case withinOne = "within_one"
      case count, confusion
    }
  }

  /// One code where engine and coders differ.
  public struct Miss: Sendable, Codable, Equatable {
    /// The plan file.
    public var file: String
    /// The criterion id, or `rung`.
    public var variable: String
    /// The coders' code.
    public var expected: Int
    /// The engine's code.
    public var engine: Int
    /// The coders' quote, when given.
    public var codersQuote: String?
    /// The engine's evidence (at most a few sentences).
    public var engineEvidence: [Evidence]

    enum CodingKeys: String, CodingKey {
      case file, variable, expected, engine
      case codersQuote = "coders_quote"
      case engineEvidence = "engine_evidence"
    }
  }

  /// A labelled plan that could not be scored.
  public struct Unscored: Sendable, Codable, Equatable {
    /// The plan file.
    public var file: String
    /// Why.
    public var reason: String
  }
}
