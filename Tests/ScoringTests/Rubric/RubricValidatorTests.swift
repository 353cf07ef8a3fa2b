import PlanReading
import Scoring
import Testing

/// The validator on rubrics built in code, without the loader.
@Suite struct RubricValidatorTests {}

extension RubricValidatorTests {
  /// A default language outside `languages` is an error at `defaultLanguage`.
  @Test func defaultLanguageMustBeDeclared() {
    var rubric = TestRubric.expected
    rubric.defaultLanguage = .en
    rubric.languages = [.nl]
    let problems = RubricValidator.problems(in: rubric)
    #expect(
      problems.contains(
        RubricProblem(
          path: "defaultLanguage",
          message: "`en` is not one of `languages` (nl); pick one of them or add it there")))
    #expect(
      problems.contains(
        RubricProblem(
          path: "title.en",
          message: "`en` is not one of `languages` (nl); remove this entry or add `en` to "
            + "`languages`")))
  }

  /// A model with another format version is refused like a file.
  @Test func formatIsChecked() {
    var rubric = TestRubric.expected
    rubric.format = 3
    #expect(
      RubricValidator.problems(in: rubric) == [
        RubricProblem(
          path: "format", message: "format 3 is not supported; this scorecard reads format 1")
      ])
  }

  /// Problems of a model come in a stable order, without positions.
  @Test func problemsAreStableAndUnpositioned() {
    var rubric = TestRubric.expected
    rubric.criteria[0].weight = 0
    rubric.criteria[1].rules = [.any(AnyRule(level: 1, groups: ["nope"]))]
    rubric.negationWindow = 0
    let problems = RubricValidator.problems(in: rubric)
    #expect(problems == RubricValidator.problems(in: rubric))
    #expect(
      problems.map(\.path) == [
        "context.negationWindow", "criteria[0].weight", "criteria[1].rules[0].groups[0]",
      ])
    #expect(problems.allSatisfy { $0.line == nil && $0.column == nil })
  }

  /// Problem descriptions carry the position when known and mark warnings.
  @Test func problemDescription() {
    #expect(
      RubricProblem(path: "a.b", message: "bad", line: 2, column: 4).description
        == "2:4: a.b: bad")
    #expect(
      RubricProblem(severity: .warning, path: "a", message: "odd").description
        == "warning: a: odd")
    #expect(RubricProblem(path: "", message: "whole").description == "whole")
  }
}
