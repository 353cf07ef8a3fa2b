import Foundation
import Scoring
import TestSupport
import Testing

/// Every problem of a file is reported at once, with its line, in file order.
@Suite struct RubricAllProblemsTests {}

extension RubricAllProblemsTests {
  /// A file with five errors of different kinds yields exactly those five, with lines.
  @Test func fiveErrorsYieldFiveProblems() {
    let url = Fixtures.url("rubrics/broken-five-errors.json")
    let check = Rubric.check(contentsOf: url)
    #expect(check.rubric == nil)
    let found = check.problems.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.path): \($0.message)" }
    #expect(
      found == [
        "17:5 ladder[0].label: missing required key `label`; add it",
        "29:7 criteria[0].notApplicabelFor: unknown key `notApplicabelFor`; "
          + "did you mean `notApplicableFor`?",
        "34:56 criteria[0].rules[0].groups[0]: unknown group `budgt`; did you mean `budget`?",
        "41:7 criteria[1].weight: weight must be greater than 0, found 0; give a positive "
          + "weight, or use `notApplicableFor` to leave the criterion out",
        "50:19 aggregation.passMark: expected a number, found a string",
      ])
  }

  /// The thrown error lists the same five problems, one per line, with the file and position.
  @Test func thrownErrorListsEveryProblem() throws {
    let url = Fixtures.url("rubrics/broken-five-errors.json")
    do {
      _ = try Rubric(contentsOf: url)
      Issue.record("a broken rubric loaded")
    } catch {
      #expect(error.problems.count == 5)
      let lines = try #require(error.errorDescription).split(separator: "\n")
      #expect(lines.count == 5)
      #expect(
        lines.first == "\(url.path):17:5: ladder[0].label: missing required key `label`; add it")
    }
  }

  /// An unsupported format is the only problem reported, however broken the rest is.
  @Test func unsupportedFormatStopsEverythingElse() {
    let check = Rubric.check(contentsOf: Fixtures.url("rubrics/broken-format-2.json"))
    #expect(
      check.problems == [
        RubricProblem(
          path: "format", message: "format 2 is not supported; this scorecard reads format 1",
          line: 2, column: 3)
      ])
  }

  /// Malformed JSON is one problem with the line and column where parsing stopped.
  @Test func malformedJSONNamesTheLine() {
    let check = Rubric.check(contentsOf: Fixtures.url("rubrics/broken-syntax.json"))
    #expect(
      check.problems == [
        RubricProblem(
          path: "",
          message: "not valid JSON: expected `,` or `}` after an object member, "
            + "found `\"`", line: 5, column: 3)
      ])
  }

  /// An empty file, and a file that is not an object, are reported plainly.
  @Test func emptyAndNonObjectFiles() {
    #expect(
      TestRubric.check(" \n").problems
        == [RubricProblem(path: "", message: "the file is empty; a rubric is a JSON object")])
    #expect(
      TestRubric.check("[1]").problems
        == [
          RubricProblem(
            path: "", message: "expected an object, found a list", line: 1, column: 1)
        ])
  }
}

// MARK: - No follow-on problems

extension RubricAllProblemsTests {
  static let renamedLists: [ProblemCase] = [
    .errors(
      "misspelt groups", [("\"groups\": [\n", "\"grops\": [\n")],
      [
        ("groups", "missing required key `groups`; add it"),
        ("grops", "unknown key `grops`; did you mean `groups`?"),
      ]),
    .errors(
      "misspelt ladder", [("\"ladder\": [\n", "\"lader\": [\n")],
      [
        ("ladder", "missing required key `ladder`; add it"),
        ("lader", "unknown key `lader`; did you mean `ladder`?"),
      ]),
    .errors(
      "misspelt criteria", [("\"criteria\": [\n", "\"criterias\": [\n")],
      [
        ("criteria", "missing required key `criteria`; add it"),
        ("criterias", "unknown key `criterias`; did you mean `criteria`?"),
      ]),
    .errors(
      "languages of the wrong type", [("[\"nl\", \"en\"]", "\"nl, en\"")],
      [("languages", "expected a list, found a string")]),
  ]

  /// A broken list is reported once, not again at everything that refers into it.
  @Test(arguments: renamedLists) func brokenListsDoNotCascade(_ testCase: ProblemCase) throws {
    let check = TestRubric.check(try TestRubric.edited(testCase.edits))
    #expect(check.problems.map(\.expected) == testCase.expected)
  }
}
