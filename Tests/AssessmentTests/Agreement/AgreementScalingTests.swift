import Assessment
import Scoring
import Testing

/// Issue 13: `agreement` with 100,000 criteria in an assessment did not finish
/// in a minute, because every criterion was looked up by a walk over all of
/// them. With lookups by id the analysis is linear; a quadratic analysis of
/// this size takes 10¹⁰ steps, so this test cannot finish with one.
@Suite struct AgreementScalingTests {}

extension AgreementScalingTests {
  /// Two residents judging 100,000 criteria give 100,000 units, one
  /// disagreement per odd criterion, in a linear number of steps.
  @Test func manyCriteriaAreAnalysedInLinearSteps() throws {
    let count = 100_000
    let ids = (0..<count).map { "c\($0)" }
    func assessment(_ name: String, level: (Int) -> Int) -> Assessment {
      var base = AgreementFixture.assessment(by: name, levels: [:])
      base.criteria = ids.enumerated().map { index, id in
        AssessedCriterion(
          id: id, level: level(index), engineLevel: 1, remark: nil, engineEvidence: [])
      }
      return base
    }
    let anna = assessment("Anna") { _ in 1 }
    let bram = assessment("Bram") { $0 % 2 }
    let report = try AgreementAnalysis(options: AgreementOptions(top: 3)).run(
      AgreementFixture.files([anna, bram]))
    #expect(report.units.count == count)
    #expect(report.criteria.count == count)
    #expect(report.disagreementCount == count / 2)
    #expect(report.criteria.first?.id == "c0")
    #expect(report.criteria.last?.id == "c\(count - 1)")
  }
}
