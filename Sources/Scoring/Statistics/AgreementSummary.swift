/// Plain agreement between two coders: how often they gave exactly the same
/// code, and how often codes at most one level apart.
///
/// Only units both coders coded count. The counts are stored and the shares
/// derived from them, so a summary compares and encodes exactly.
public struct AgreementSummary: Sendable, Equatable, Hashable {
  /// The number of units both coders coded; always at least 1.
  public let pairs: Int

  /// The number of those units with identical codes.
  public let exactMatches: Int

  /// The number of those units whose codes differ by at most one level
  /// (this includes the exact matches).
  public let withinOneMatches: Int

  // MARK: - Creating a summary

  /// Creates a summary from counts.
  /// - Returns: `nil` unless 0 ≤ `exactMatches` ≤ `withinOneMatches` ≤ `pairs`
  ///   and `pairs` ≥ 1.
  public init?(pairs: Int, exactMatches: Int, withinOneMatches: Int) {
    guard pairs >= 1, exactMatches >= 0, exactMatches <= withinOneMatches,
      withinOneMatches <= pairs
    else { return nil }
    self.pairs = pairs
    self.exactMatches = exactMatches
    self.withinOneMatches = withinOneMatches
  }

  /// Compares two coders' codes position by position.
  /// - Parameters:
  ///   - a: The first coder's codes, one per unit; `nil` where not coded.
  ///   - b: The second coder's codes, in the same unit order.
  /// - Returns: The summary, or `nil` when the arrays differ in length or no
  ///   unit was coded by both.
  public static func compute(_ a: [Int?], _ b: [Int?]) -> AgreementSummary? {
    guard a.count == b.count else { return nil }
    var pairs = 0
    var exact = 0
    var withinOne = 0
    for case (let left?, let right?) in zip(a, b) {
      pairs += 1
      if left == right { exact += 1 }
      if abs(Int64(left) - Int64(right)) <= 1 { withinOne += 1 }
    }
    return AgreementSummary(pairs: pairs, exactMatches: exact, withinOneMatches: withinOne)
  }

  // MARK: - Shares

  /// The share of units with identical codes, from 0 to 1.
  public var exact: Double {
    Double(exactMatches) / Double(pairs)
  }

  /// The share of units whose codes differ by at most one level, from 0 to 1.
  public var withinOne: Double {
    Double(withinOneMatches) / Double(pairs)
  }
}

// MARK: - Codable

extension AgreementSummary: Codable {
  /// The JSON keys, named after the stored properties.
  private enum CodingKeys: String, CodingKey {
    case pairs, exactMatches, withinOneMatches
  }

  /// Decodes a summary and rejects inconsistent counts.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let pairs = try container.decode(Int.self, forKey: .pairs)
    let exact = try container.decode(Int.self, forKey: .exactMatches)
    let withinOne = try container.decode(Int.self, forKey: .withinOneMatches)
    guard
      let summary = AgreementSummary(
        pairs: pairs, exactMatches: exact, withinOneMatches: withinOne)
    else {
      throw DecodingError.dataCorruptedError(
        forKey: .pairs, in: container,
        debugDescription: "expected 0 ≤ exactMatches (\(exact)) ≤ withinOneMatches "
          + "(\(withinOne)) ≤ pairs (\(pairs)) and at least one pair")
    }
    self = summary
  }
}
