import Foundation
import Testing

@testable import Scoring

/// Loading a rubric to score looks for its errors only, and for its warnings
/// too only when there is an error; these tests pin that to the full check it
/// replaced: the same rubric, or the same error with every problem.
@Suite("Loading a rubric without its warnings")
struct RubricLoaderTests {
  static let cases =
    RubricContentProblemTests.cases + RubricRuleProblemTests.errorCases
    + RubricRuleProblemTests.warningCases + RubricShapeProblemTests.cases
    + RubricAllProblemsTests.renamedLists

  /// The full check of `bytes` next to what loading them gives.
  private static func expectLoadsAsChecked(_ bytes: [UInt8]) {
    let check = RubricLoader.check(bytes: bytes, source: "test.json")
    let errorsOnly = RubricLoader.check(bytes: bytes, source: "test.json", warnings: false)
    #expect(errorsOnly.problems.filter(\.isError) == check.problems.filter(\.isError))
    #expect(errorsOnly.problems.count <= check.problems.count)
    #expect(errorsOnly.rubric == check.rubric)
    do {
      let rubric = try RubricLoader.load(bytes: bytes, source: "test.json")
      #expect(rubric == check.rubric)
    } catch {
      #expect(check.rubric == nil)
      #expect(error == RubricError(source: "test.json", problems: check.problems))
    }
  }

  @Test("an edited test rubric loads as the full check says", arguments: cases)
  func editedRubric(_ testCase: ProblemCase) throws {
    Self.expectLoadsAsChecked(Array(try TestRubric.edited(testCase.edits).utf8))
  }

  @Test("the test rubric and every bundled rubric load as the full check says")
  func bundledRubrics() throws {
    Self.expectLoadsAsChecked(Array(try TestRubric.text().utf8))
    for id in RubricCatalog.bundledIDs {
      let url = try RubricCatalog.locate(id)
      Self.expectLoadsAsChecked(Array(try Data(contentsOf: url)))
      #expect(try Rubric(contentsOf: url) == Rubric.check(contentsOf: url).rubric)
    }
  }

  @Test("a missing file is the same error as before")
  func missingFile() {
    let url = URL(fileURLWithPath: "/nonexistent/rubric.json")
    #expect(throws: RubricError(source: url.path, problems: Rubric.check(contentsOf: url).problems))
    {
      try Rubric(contentsOf: url)
    }
  }
}
