/// What residents' judgements say about the rubric: per indicator how often
/// they kept the level it produced and how often they overruled it, and per
/// criterion how often they gave a higher level where no indicator fired
/// (a sign of missing vocabulary).
public struct RubricFeedback: Sendable, Equatable, Encodable {
  /// One entry per criterion × indicator, most often overruled first.
  public var indicators: [IndicatorFeedback]
  /// One entry per criterion where the engine found nothing (level 0, no
  /// evidence) in some assessment, most often overruled first.
  public var unfired: [UnfiredFeedback]
}

/// How residents judged the levels an indicator produced for a criterion.
///
/// Keyed by criterion as well as by group and phrase: one group serves
/// several criteria, and an indicator can be right for one and wrong for
/// another. Each judgement counts once for every distinct indicator among the
/// engine's quotes the resident was shown (the quotes are those that earned
/// the engine's level, so each of them produced it).
public struct IndicatorFeedback: Sendable, Equatable, Encodable {
  /// The criterion id.
  public var criterion: String
  /// The indicator group id.
  public var group: String
  /// The indicator's phrase as written in the rubric.
  public var indicator: String
  /// Judgements that kept the engine's level.
  public var kept: Int
  /// Judgements that gave a higher level.
  public var overruledUp: Int
  /// Judgements that gave a lower level.
  public var overruledDown: Int

  /// All judgements counted.
  public var total: Int { kept + overruledUp + overruledDown }
  /// The share of judgements that overruled the level, 0–1.
  public var overruleRate: Double {
    total == 0 ? 0 : Double(overruledUp + overruledDown) / Double(total)
  }

  enum CodingKeys: String, CodingKey {
    case criterion, group, indicator, kept
    case overruledUp = "overruled_up"
    case overruledDown = "overruled_down"
    case total
    case overruleRate = "overrule_rate"
  }

  /// Writes the counts with their total and rate.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(criterion, forKey: .criterion)
    try container.encode(group, forKey: .group)
    try container.encode(indicator, forKey: .indicator)
    try container.encode(kept, forKey: .kept)
    try container.encode(overruledUp, forKey: .overruledUp)
    try container.encode(overruledDown, forKey: .overruledDown)
    try container.encode(total, forKey: .total)
    try container.encode(overruleRate, forKey: .overruleRate)
  }
}

/// How residents judged a criterion where no indicator fired.
public struct UnfiredFeedback: Sendable, Equatable, Encodable {
  /// The criterion id.
  public var criterion: String
  /// Judgements that agreed: level 0.
  public var kept: Int
  /// Judgements that gave a higher level: the plan says something the
  /// rubric's vocabulary does not catch.
  public var higher: Int

  /// All judgements counted.
  public var total: Int { kept + higher }
  /// The share of judgements that gave a higher level, 0–1.
  public var overruleRate: Double { total == 0 ? 0 : Double(higher) / Double(total) }

  enum CodingKeys: String, CodingKey {
    case criterion, kept, higher, total
    case overruleRate = "overrule_rate"
  }

  /// Writes the counts with their total and rate.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(criterion, forKey: .criterion)
    try container.encode(kept, forKey: .kept)
    try container.encode(higher, forKey: .higher)
    try container.encode(total, forKey: .total)
    try container.encode(overruleRate, forKey: .overruleRate)
  }
}
