import Foundation
import Scoring
import Testing

extension StatisticsTests {
  /// Counting paired codes into a confusion table.
  @Suite struct ConfusionTableTests {}
}

extension StatisticsTests.ConfusionTableTests {
  /// Rows are expected codes and columns observed codes; unused categories stay zero.
  @Test func countsRowsAsExpectedColumnsAsObserved() throws {
    let table = try #require(
      ConfusionTable(expected: [0, 0, 1, 2, 0], observed: [1, 1, 1, 2, 0], categories: 0...3))
    #expect(table.counts == [[1, 2, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]])
    #expect(table[expected: 0, observed: 1] == 2)
    #expect(table[expected: 1, observed: 0] == 0)
    #expect(table.total == 5)
    #expect(table.expectedTotals == [3, 1, 1, 0])
    #expect(table.observedTotals == [1, 3, 1, 0])
  }

  /// Categories need not start at 0, and codes outside them read as 0 counts.
  @Test func offsetCategories() throws {
    let table = try #require(
      ConfusionTable(expected: [1, 2, 3], observed: [1, 3, 3], categories: 1...3))
    #expect(table[expected: 2, observed: 3] == 1)
    #expect(table[expected: 0, observed: 0] == 0)
    #expect(table[expected: 4, observed: 1] == 0)
  }

  /// Units with a missing code on either side are skipped.
  @Test func skipsMissingCodes() throws {
    let table = try #require(
      ConfusionTable(expected: [0, nil, 2, 1], observed: [0, 1, nil, 1], categories: 0...2))
    #expect(table.total == 2)
    #expect(table.counts == [[1, 0, 0], [0, 1, 0], [0, 0, 0]])
  }

  /// Mismatched lengths, codes outside the range and misshapen counts give `nil`.
  @Test func invalidInputIsNil() {
    #expect(ConfusionTable(expected: [0, 1], observed: [0], categories: 0...2) == nil)
    #expect(ConfusionTable(expected: [0, 5], observed: [0, 1], categories: 0...2) == nil)
    #expect(ConfusionTable(expected: [0, 1], observed: [-1, 1], categories: 0...2) == nil)
    #expect(ConfusionTable(categories: 0...1, counts: [[1, 0]]) == nil)
    #expect(ConfusionTable(categories: 0...1, counts: [[1, 0], [0, -1]]) == nil)
  }

  /// A table survives a JSON round trip, and JSON with the wrong shape is rejected.
  @Test func codableRoundTripAndValidation() throws {
    let table = try #require(
      ConfusionTable(expected: [0, 1, 2], observed: [0, 2, 2], categories: 0...2))
    let data = try JSONEncoder().encode(table)
    #expect(try JSONDecoder().decode(ConfusionTable.self, from: data) == table)
    let misshapen = Data(#"{"categories":[0,2],"counts":[[1,0],[0,1]]}"#.utf8)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(ConfusionTable.self, from: misshapen)
    }
  }
}
