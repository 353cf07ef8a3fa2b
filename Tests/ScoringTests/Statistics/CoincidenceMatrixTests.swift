import Testing

@testable import Scoring

extension StatisticsTests {
  /// The coincidence matrix behind Krippendorff's alpha.
  @Suite struct CoincidenceMatrixTests {}
}

extension StatisticsTests.CoincidenceMatrixTests {
  /// Krippendorff's 2011 example: 40 pairable values (unit 12 has one value),
  /// marginals 9, 13, 10, 5, 3 and, times 3, the off-diagonal counts that the
  /// `krippendorff` 0.9.0 package also gives.
  @Test func krippendorff2011Example() throws {
    let example = try #require(
      try StatisticsFixture.alphaCases().first { $0.name == "krippendorff-2011-example" })
    let matrix = CoincidenceMatrix(ReliabilityData(coders: example.coders))
    #expect(matrix.values == [1, 2, 3, 4, 5])
    #expect(matrix.total == 40)
    #expect(matrix.marginals.map { ($0 * 1e9).rounded() / 1e9 } == [9, 13, 10, 5, 3])
    let tripled: [[Double]] = [
      [21, 4, 1, 1, 0],
      [4, 30, 4, 1, 0],
      [1, 4, 24, 1, 0],
      [1, 1, 1, 12, 0],
      [0, 0, 0, 0, 9],
    ]
    for (row, expectedRow) in zip(matrix.counts, tripled) {
      for (count, expected) in zip(row, expectedRow) {
        #expect(abs(count * 3 - expected) < 1e-9)
      }
    }
  }

  /// A unit coded by three coders spreads its six ordered pairs over weight 1/2 each.
  @Test func weightsPairsByCodersMinusOne() {
    let matrix = CoincidenceMatrix(ReliabilityData(units: [[1, 1, 2]]))
    #expect(matrix.values == [1, 2])
    #expect(matrix.counts == [[1, 1], [1, 0]])
    #expect(matrix.total == 3)
  }

  /// The ordinal metric depends on how often the values between c and k occur:
  /// with n = (2, 5, 1), δ²(0, 2) = (2 + 5 + 1 − (2 + 1)/2)² = 6.5².
  @Test func ordinalDifferencesUseMarginals() {
    let distance = KrippendorffAlpha.squaredDifferences(
      values: [0, 1, 2], marginals: [2, 5, 1], level: .ordinal)
    #expect(distance[0][2] == 6.5 * 6.5)
    #expect(distance[2][0] == 6.5 * 6.5)
    #expect(distance[0][1] == 3.5 * 3.5)
    #expect(distance[1][1] == 0)
  }
}
