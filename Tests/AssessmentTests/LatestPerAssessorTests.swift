import Testing

@testable import Assessment

@Suite struct LatestPerAssessorTests {}

extension LatestPerAssessorTests {
  /// Earlier assessments by an assessor who appears again are replaced; the last one counts.
  @Test func earlierOnesAreReplaced() {
    #expect(LatestPerAssessor.replaced(among: ["Anna", "Bram", "Anna", "Cor", "Anna"]) == [0, 2])
    #expect(LatestPerAssessor.replaced(among: ["Anna", "Bram"]) == [])
    #expect(LatestPerAssessor.replaced(among: []) == [])
  }
}
