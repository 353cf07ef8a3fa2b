import Scoring

/// The agreement figures of a set of units (questions of plans): Krippendorff's
/// alpha (ordinal) and pairwise percent agreement, as `scorecard calibrate`
/// computes them.
public struct AgreementFigures: Sendable, Equatable {
  /// Krippendorff's alpha (ordinal) over the units; `nil` when it cannot be
  /// computed, with the reason in ``alphaGap``.
  public var alpha: Double?
  /// Why ``alpha`` is `nil`; `nil` when alpha was computed.
  public var alphaGap: AlphaGap?
  /// Exact and within-one agreement over every pair of coders in every unit;
  /// `nil` when no unit has two levels.
  public var pairwise: AgreementSummary?
  /// The units that two or more coders gave a level.
  public var units: Int
  /// How many of those units every coder gave the same level.
  public var unanimous: Int

  /// Creates figures.
  public init(
    alpha: Double?, alphaGap: AlphaGap?, pairwise: AgreementSummary?, units: Int, unanimous: Int
  ) {
    self.alpha = alpha
    self.alphaGap = alphaGap
    self.pairwise = pairwise
    self.units = units
    self.unanimous = unanimous
  }

  /// Why alpha could not be computed.
  public enum AlphaGap: String, Sendable, Encodable {
    /// Fewer than two units have two or more levels. Alpha compares the
    /// differences within units with those between units; one unit (one plan,
    /// for a criterion) gives nothing to compare with.
    case tooFewUnits = "too_few_units"
    /// Every level given is the same, so there is no variation: agreement is
    /// complete but alpha is 0 / 0.
    case noVariation = "no_variation"
  }

  // MARK: - Computing

  /// The figures of reliability data laid out units × coders.
  /// - Parameter units: Per unit the level of each coder, `nil` where missing.
  public static func compute(_ units: [[Int?]]) -> AgreementFigures {
    let data = ReliabilityData(units: units)
    let pairable = units.map { $0.compactMap { $0 } }.filter { $0.count >= 2 }
    let alpha = pairable.count >= 2 ? KrippendorffAlpha.compute(data, level: .ordinal) : nil
    let gap: AlphaGap? =
      alpha != nil ? nil : pairable.count < 2 ? .tooFewUnits : .noVariation
    return AgreementFigures(
      alpha: alpha, alphaGap: gap, pairwise: pairwise(data),
      units: pairable.count, unanimous: pairable.filter { Set($0).count == 1 }.count)
  }

  /// Pooled agreement of every pair of coders: the sum of the counts of
  /// ``AgreementSummary`` over all coder pairs.
  static func pairwise(_ data: ReliabilityData) -> AgreementSummary? {
    var pairs = 0
    var exact = 0
    var withinOne = 0
    let columns = (0..<data.coderCount).map { coder in data.units.map { $0[coder] } }
    for first in columns.indices {
      for second in columns.indices where second > first {
        guard let summary = AgreementSummary.compute(columns[first], columns[second]) else {
          continue
        }
        pairs += summary.pairs
        exact += summary.exactMatches
        withinOne += summary.withinOneMatches
      }
    }
    return AgreementSummary(pairs: pairs, exactMatches: exact, withinOneMatches: withinOne)
  }
}

// MARK: - Encodable

extension AgreementFigures: Encodable {
  enum CodingKeys: String, CodingKey {
    case alpha
    case alphaGap = "alpha_gap"
    case units, unanimous, pairs
    case exactMatches = "exact_matches"
    case withinOneMatches = "within_one_matches"
    case exact
    case withinOne = "within_one"
  }

  /// Writes every key, with `null` for what is undefined, so the shape is fixed.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(alpha, forKey: .alpha)
    try container.encode(alphaGap, forKey: .alphaGap)
    try container.encode(units, forKey: .units)
    try container.encode(unanimous, forKey: .unanimous)
    try container.encode(pairwise?.pairs ?? 0, forKey: .pairs)
    try container.encode(pairwise?.exactMatches ?? 0, forKey: .exactMatches)
    try container.encode(pairwise?.withinOneMatches ?? 0, forKey: .withinOneMatches)
    try container.encode(pairwise?.exact, forKey: .exact)
    try container.encode(pairwise?.withinOne, forKey: .withinOne)
  }
}
