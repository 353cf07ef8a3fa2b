import Scoring
import Testing

extension StatisticsTests {
  /// Building reliability data in either layout.
  @Suite struct ReliabilityDataTests {}
}

extension StatisticsTests.ReliabilityDataTests {
  /// The coders × units layout is transposed into units × coders.
  @Test func codersLayoutIsTransposed() {
    let byCoder = ReliabilityData(coders: [[1, 2, nil], [1, 3, 4]])
    let byUnit = ReliabilityData(units: [[1, 1], [2, 3], [nil, 4]])
    #expect(byCoder == byUnit)
    #expect(byCoder.coderCount == 2)
    #expect(byCoder.unitCount == 3)
  }

  /// Ragged input is padded with missing values instead of losing positions.
  @Test func raggedInputIsPadded() {
    let byUnit = ReliabilityData(units: [[1], [2, 3, 4]])
    #expect(byUnit.units == [[1, nil, nil], [2, 3, 4]])
    let byCoder = ReliabilityData(coders: [[1, 2], [3], []])
    #expect(byCoder.coderCount == 3)
    #expect(byCoder.units == [[1, 3, nil], [2, nil, nil]])
  }
}
