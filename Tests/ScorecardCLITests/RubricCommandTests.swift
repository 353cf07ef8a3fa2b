import Foundation
import TestSupport
import Testing

@Suite struct RubricCommandTests {}

extension RubricCommandTests {
  /// `rubric validate` accepts a valid rubric and exits 0.
  @Test func validateValid() throws {
    let result = try CommandRunner.run([
      "rubric", "validate", Fixtures.path("rubrics/test-rubric.json"),
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("valid (test-rubric 1.0.0"))
  }

  /// `rubric validate` lists every problem of a broken rubric with positions, exit 2.
  @Test func validateBroken() throws {
    let result = try CommandRunner.run([
      "rubric", "validate", Fixtures.path("rubrics/broken-five-errors.json"),
    ])
    #expect(result.status == 2)
    let problems = result.stderr.split(separator: "\n").filter {
      $0.contains("broken-five-errors.json:")
    }
    #expect(problems.count == 5)
  }

  /// `rubric test` runs the examples and reports the count.
  @Test func testExamples() throws {
    let result = try CommandRunner.run([
      "rubric", "test", Fixtures.path("rubrics/test-rubric.json"),
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains(" passed, 0 failed"))
  }

  /// `rubric show` lists criteria with questions and weights.
  @Test func show() throws {
    let result = try CommandRunner.run([
      "rubric", "show", Fixtures.path("rubrics/test-rubric.json"),
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("influence  ×2.0"))
    #expect(result.stdout.contains("Hoeveel invloed krijgen bewoners?"))
  }
}
