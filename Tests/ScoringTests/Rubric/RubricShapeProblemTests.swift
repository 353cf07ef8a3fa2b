import Foundation
import Scoring
import Testing

/// Problems with the JSON shape of a rubric: keys, types, allowed values.
@Suite struct RubricShapeProblemTests {}

extension RubricShapeProblemTests {
  static let cases: [ProblemCase] = [
    .errors(
      "unknown key with a suggestion", [("\"weight\": 2,", "\"wieght\": 2,")],
      [
        ("criteria[0].weight", "missing required key `weight`; add it"),
        ("criteria[0].wieght", "unknown key `wieght`; did you mean `weight`?"),
      ]),
    .errors(
      "unknown key without a suggestion",
      [
        (
          "\"id\": \"feedback\",\n      \"description\"",
          "\"id\": \"feedback\", \"colour\": 1,\n      \"description\""
        )
      ],
      [
        (
          "groups[4].colour",
          "unknown key `colour`; the keys allowed here are `id`, `description`, `indicators`, "
            + "`polarity`, `rung`, `require`, `examples`"
        )
      ]),
    .errors(
      "wrong type", [("\"weight\": 2,", "\"weight\": \"2\",")],
      [("criteria[0].weight", "expected a number, found a string")]),
    .errors(
      "null for a required key", [("\"weight\": 2,", "\"weight\": null,")],
      [("criteria[0].weight", "expected a number, found null")]),
    .errors(
      "a fraction where a whole number belongs",
      [("\"atLeast\": 2, \"scope\"", "\"atLeast\": 2.5, \"scope\"")],
      [("criteria[2].rules[1].atLeast", "expected a whole number, found 2.5")]),
    .errors(
      "a string where a text belongs",
      [("\"title\": {\"nl\": \"Testrubriek\", \"en\": \"Test rubric\"}", "\"title\": \"Test\"")],
      [("title", "expected a text such as {\"nl\": \"…\", \"en\": \"…\"}, found a string")]),
    .errors(
      "missing key",
      [
        (
          "\"question\": {\"nl\": \"Hoeveel invloed krijgen bewoners?\", \"en\": \"How much say "
            + "do residents get?\"},\n",
          ""
        )
      ],
      [("criteria[0].question", "missing required key `question`; add it")]),
    .errors(
      "a key twice", [("\"weight\": 2,", "\"weight\": 2, \"weight\": 3,")],
      [("criteria[0].weight", "the key `weight` appears twice; keep one")]),
    .errors(
      "unknown language", [("\"defaultLanguage\": \"nl\"", "\"defaultLanguage\": \"de\"")],
      [("defaultLanguage", "unknown language `de`; use one of: `nl`, `en`")]),
    .errors(
      "unknown condition", [("\"require\": [\"specific\"]", "\"require\": [\"specfic\"]")],
      [
        (
          "criteria[1].rules[1].require[0]",
          "unknown condition `specfic`; did you mean `specific`? (valid: `not_negated`, "
            + "`not_hedged`, `specific`, `resident_actor`, `residents_mentioned`, `done`)"
        )
      ]),
    .errors(
      "unknown document kind",
      [("\"notApplicableFor\": [\"verordening\"]", "\"notApplicableFor\": [\"wijkplan\"]")],
      [
        (
          "criteria[1].notApplicableFor[0]",
          "unknown document kind `wijkplan`; use one of: `wijkactieplan`, `omgevingsvisie`, "
            + "`omgevingsplan`, `bestemmingsplan`, `programma`, `participatieverslag`, "
            + "`verordening`, `other`"
        )
      ]),
    .errors(
      "unknown rule type", [("{\"type\": \"count\"", "{\"type\": \"cuont\"")],
      [
        (
          "criteria[2].rules[1].type",
          "unknown type `cuont`; did you mean `count`? (valid: `any`, `together`, `ladder`, "
            + "`count`)"
        )
      ]),
    .errors(
      "rule without a type",
      [
        (
          "{\"type\": \"any\", \"level\": 1, \"groups\": [\"budget\"]}",
          "{\"level\": 1, \"groups\": [\"budget\"]}"
        )
      ],
      [
        (
          "criteria[1].rules[0].type",
          "missing required key `type`; add one of: `any`, `together`, `ladder`, `count`"
        )
      ]),
    .errors(
      "a key of another rule type",
      [
        (
          "{\"type\": \"any\", \"level\": 1, \"groups\": [\"budget\"]}",
          "{\"type\": \"any\", \"level\": 1, \"groups\": [\"budget\"], \"atLeast\": 2}"
        )
      ],
      [
        (
          "criteria[1].rules[0].atLeast",
          "unknown key `atLeast`; the keys allowed here are `type`, `level`, `groups`, "
            + "`require`, `scope`"
        )
      ]),
    .errors(
      "within without near",
      [
        (
          "{\"phrase\": \"mening\", \"near\": \"bewoner*\", \"within\": 4}",
          "{\"phrase\": \"mening\", \"within\": 4}"
        )
      ],
      [
        (
          "groups[1].indicators.nl[2].within",
          "`within` only works together with `near`; add `near` or remove `within`"
        )
      ]),
  ]

  /// Each kind of shape problem is reported with its exact path and message.
  @Test(arguments: cases) func shapeProblem(_ testCase: ProblemCase) throws {
    let check = TestRubric.check(try TestRubric.edited(testCase.edits))
    #expect(check.problems.map(\.expected) == testCase.expected)
    #expect(check.rubric == nil)
  }
}
