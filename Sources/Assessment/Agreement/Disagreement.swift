import Scoring

/// One question of one plan on which the coders gave different levels.
///
/// It holds who gave which level, why, and the engine's quotes they were
/// shown: the starting point for a conversation with the municipality.
public struct Disagreement: Sendable, Equatable, Encodable {
  /// The plan file.
  public var plan: String
  /// The plan's SHA-256.
  public var planSHA256: String
  /// The criterion id.
  public var criterion: String
  /// The criterion's title per language; empty when the rubric was not available.
  public var title: [String: String]
  /// The highest level given minus the lowest.
  public var range: Int
  /// How many different levels were given.
  public var distinctLevels: Int
  /// The engine's level (shown even when the engine is not a coder).
  public var engineLevel: Int?
  /// Each resident's level and remark, by name.
  public var judgements: [Judgement]
  /// The engine's quotes the residents were shown, each once.
  public var quotes: [ShownQuote]

  enum CodingKeys: String, CodingKey {
    case plan
    case planSHA256 = "plan_sha256"
    case criterion, title, range
    case distinctLevels = "distinct_levels"
    case engineLevel = "engine_level"
    case judgements, quotes
  }

  /// One resident's judgement.
  public struct Judgement: Sendable, Equatable, Encodable {
    /// The assessor.
    public var assessor: String
    /// The level they gave.
    public var level: Int
    /// Why, or where in the plan; `nil` when they gave no remark.
    public var remark: String?
  }

  /// An engine quote and who was shown it.
  public struct ShownQuote: Sendable, Equatable, Encodable {
    /// The sentence from the plan.
    public var quote: String
    /// The titles of the sections it stands in.
    public var headingPath: [String]
    /// Its 1-based line in the plan file (for a PDF, on its page).
    public var line: Int
    /// For a PDF: its 1-based page, encoded only when present.
    public var page: Int?
    /// The indicator group that matched.
    public var group: String
    /// The indicator's phrase.
    public var indicator: String
    /// The assessors whose assessment lists this quote, sorted.
    public var shownTo: [String]

    enum CodingKeys: String, CodingKey {
      case quote
      case headingPath = "heading_path"
      case line, page, group, indicator
      case shownTo = "shown_to"
    }
  }
}
