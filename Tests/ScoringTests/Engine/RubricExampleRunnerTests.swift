import PlanReading
import Testing

@testable import Scoring

@Suite struct RubricExampleRunnerTests {}

extension RubricExampleRunnerTests {
  /// Every example of the test rubric behaves as the rubric says.
  @Test func testRubricExamplesPass() {
    let report = RubricExampleRunner.run(EngineTestSupport.rubric)
    #expect(report.checked > 20)
    #expect(report.failures == [])
  }

  /// A wrong example is reported with its path, the expected and the actual level.
  @Test func wrongExampleIsReported() throws {
    var rubric = EngineTestSupport.rubric
    let index = try #require(rubric.criteria.firstIndex { $0.id == "influence" })
    rubric.criteria[index].examples[.nl] = CriterionExamples(
      match: [LevelExample(text: "De gemeente stuurt een nieuwsbrief.", level: 2)],
      noMatch: ["Bewoners beslissen over het plein."])
    let report = RubricExampleRunner.run(rubric)
    let paths = report.failures.map(\.path)
    #expect(paths.contains("criteria[\(index)].examples.nl.match[0]"))
    #expect(paths.contains("criteria[\(index)].examples.nl.noMatch[0]"))
    let noMatch = try #require(report.failures.first { $0.path.hasSuffix("noMatch[0]") })
    #expect(noMatch.expected == "level 0")
    #expect(noMatch.actual.hasPrefix("level 2"))
  }
}
