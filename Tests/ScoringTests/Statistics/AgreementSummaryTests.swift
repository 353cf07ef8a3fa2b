import Foundation
import Scoring
import Testing

extension StatisticsTests {
  /// Exact and within-one agreement between two coders.
  @Suite struct AgreementSummaryTests {}
}

extension StatisticsTests.AgreementSummaryTests {
  /// Counts exact and within-one matches over the units both coders coded.
  @Test func countsMatchesOverCodedPairs() throws {
    let summary = try #require(
      AgreementSummary.compute([0, 1, 2, nil, 6, 3, 4], [0, 2, 0, 5, 6, nil, 2]))
    #expect(summary.pairs == 5)
    #expect(summary.exactMatches == 2)
    #expect(summary.withinOneMatches == 3)
    #expect(summary.exact == 0.4)
    #expect(summary.withinOne == 0.6)
  }

  /// Perfect agreement gives 1 for both shares.
  @Test func perfectAgreement() throws {
    let summary = try #require(AgreementSummary.compute([0, 1, 2], [0, 1, 2]))
    #expect(summary.exact == 1)
    #expect(summary.withinOne == 1)
  }

  /// No jointly coded unit or mismatched lengths give `nil`.
  @Test func undefinedInputIsNil() {
    #expect(AgreementSummary.compute([0, nil], [nil, 1]) == nil)
    #expect(AgreementSummary.compute([], []) == nil)
    #expect(AgreementSummary.compute([0, 1], [0]) == nil)
  }

  /// Inconsistent counts are refused, both from code and from JSON.
  @Test func rejectsInconsistentCounts() {
    #expect(AgreementSummary(pairs: 0, exactMatches: 0, withinOneMatches: 0) == nil)
    #expect(AgreementSummary(pairs: 3, exactMatches: 2, withinOneMatches: 1) == nil)
    #expect(AgreementSummary(pairs: 3, exactMatches: 1, withinOneMatches: 4) == nil)
    let json = Data(#"{"pairs":2,"exactMatches":3,"withinOneMatches":3}"#.utf8)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(AgreementSummary.self, from: json)
    }
  }

  /// A summary survives a JSON round trip.
  @Test func codableRoundTrip() throws {
    let summary = try #require(AgreementSummary.compute([0, 1, 2, 2], [0, 2, 2, 0]))
    let data = try JSONEncoder().encode(summary)
    #expect(try JSONDecoder().decode(AgreementSummary.self, from: data) == summary)
  }
}
