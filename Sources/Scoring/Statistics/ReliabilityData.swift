/// Reliability data: the values that several coders gave to the same units,
/// with `nil` where a coder did not code a unit.
///
/// Stored as units × coders: `units[u][c]` is the value coder `c` gave unit
/// `u`. Every row has `coderCount` entries; shorter input rows are padded
/// with `nil`, so ragged input never loses a coder's position.
public struct ReliabilityData: Sendable, Equatable, Hashable {
  /// One row per unit, each holding that unit's values by coder (`nil` = missing).
  public let units: [[Int?]]

  /// The number of coders: the number of arrays given to `init(coders:)`, or
  /// the length of the longest array given to `init(units:)`.
  public let coderCount: Int

  // MARK: - Creating reliability data

  /// Creates reliability data from one array per unit.
  /// - Parameter units: Each inner array holds one unit's values by coder;
  ///   `nil` marks a coder who did not code the unit. Shorter arrays are
  ///   padded with `nil` to the longest one.
  public init(units: [[Int?]]) {
    self.init(rows: units, coderCount: units.map(\.count).max() ?? 0)
  }

  /// Creates reliability data from one array per coder (the coders × units
  /// layout of Krippendorff's papers and of most statistics packages).
  /// - Parameter coders: Each inner array holds one coder's values by unit;
  ///   `nil` marks a unit the coder did not code. Shorter arrays are padded
  ///   with `nil` to the longest one.
  public init(coders: [[Int?]]) {
    let unitCount = coders.map(\.count).max() ?? 0
    let rows = (0..<unitCount).map { unit in
      coders.map { column in unit < column.count ? column[unit] : nil }
    }
    self.init(rows: rows, coderCount: coders.count)
  }

  /// Stores `rows`, each padded with `nil` to `coderCount` entries.
  private init(rows: [[Int?]], coderCount: Int) {
    self.coderCount = coderCount
    self.units = rows.map { $0 + Array(repeating: nil, count: coderCount - $0.count) }
  }

  // MARK: - Derived views

  /// The number of units.
  public var unitCount: Int { units.count }

  /// The values of each unit that at least two coders coded, with the missing
  /// values left out. Only these values are pairable and enter alpha.
  var pairableUnits: [[Int]] {
    units.map { $0.compactMap { $0 } }.filter { $0.count >= 2 }
  }
}
