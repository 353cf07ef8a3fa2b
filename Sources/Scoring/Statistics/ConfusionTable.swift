/// Counts of paired codes over an ordered category range: how often the
/// expected code (for example a careful human coder's) met each observed code
/// (for example the engine's).
///
/// `counts[e][o]` is the number of units coded `categories.lowerBound + e`
/// by the expected side and `categories.lowerBound + o` by the observed side:
/// rows are expected codes, columns observed codes. Categories nobody used
/// keep their row and column of zeros.
public struct ConfusionTable: Sendable, Equatable, Hashable {
  /// The ordered categories, lowest first; they index rows and columns.
  public let categories: ClosedRange<Int>

  /// The counts, one row per expected category and one column per observed category.
  public let counts: [[Int]]

  // MARK: - Creating a table

  /// Tabulates paired codes position by position.
  ///
  /// A position where either side is `nil` (not coded) is skipped.
  /// - Parameters:
  ///   - expected: The reference codes, one per unit.
  ///   - observed: The codes to compare with them, one per unit, in the same order.
  ///   - categories: The allowed codes.
  /// - Returns: `nil` when the two arrays differ in length or a present code
  ///   lies outside `categories`.
  public init?(expected: [Int?], observed: [Int?], categories: ClosedRange<Int>) {
    guard expected.count == observed.count else { return nil }
    let size = categories.count
    var counts = Array(repeating: Array(repeating: 0, count: size), count: size)
    for (left, right) in zip(expected, observed) {
      guard let left, let right else { continue }
      guard categories.contains(left), categories.contains(right) else { return nil }
      counts[left - categories.lowerBound][right - categories.lowerBound] += 1
    }
    self.categories = categories
    self.counts = counts
  }

  /// Creates a table from counts laid out as described on the type.
  /// - Returns: `nil` unless `counts` is square with one row per category and
  ///   no count is negative.
  public init?(categories: ClosedRange<Int>, counts: [[Int]]) {
    guard counts.count == categories.count,
      counts.allSatisfy({ $0.count == categories.count && $0.allSatisfy { $0 >= 0 } })
    else { return nil }
    self.categories = categories
    self.counts = counts
  }

  // MARK: - Reading counts

  /// The number of units coded `expected` by one side and `observed` by the
  /// other; 0 for codes outside `categories`.
  public subscript(expected expected: Int, observed observed: Int) -> Int {
    guard categories.contains(expected), categories.contains(observed) else { return 0 }
    return counts[expected - categories.lowerBound][observed - categories.lowerBound]
  }

  /// The number of tabulated pairs.
  public var total: Int {
    counts.joined().reduce(0, +)
  }

  /// The number of pairs per expected category (row sums), lowest category first.
  public var expectedTotals: [Int] {
    counts.map { $0.reduce(0, +) }
  }

  /// The number of pairs per observed category (column sums), lowest category first.
  public var observedTotals: [Int] {
    (0..<categories.count).map { column in counts.reduce(0) { $0 + $1[column] } }
  }
}

// MARK: - Codable

extension ConfusionTable: Codable {
  /// The JSON keys, named after the stored properties.
  private enum CodingKeys: String, CodingKey {
    case categories, counts
  }

  /// Decodes a table and rejects counts whose shape does not match the categories.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let categories = try container.decode(ClosedRange<Int>.self, forKey: .categories)
    let counts = try container.decode([[Int]].self, forKey: .counts)
    guard let table = ConfusionTable(categories: categories, counts: counts) else {
      throw DecodingError.dataCorruptedError(
        forKey: .counts, in: container,
        debugDescription: "counts must be a \(categories.count) × \(categories.count) "
          + "table of non-negative numbers, one row and column per category in \(categories)")
    }
    self = table
  }
}
