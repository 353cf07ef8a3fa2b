import Foundation
import Scoring
import Testing

/// Rules that can never fire, and the warnings that do not block loading.
@Suite struct RubricRuleProblemTests {}

// MARK: - Rules that can never fire

extension RubricRuleProblemTests {
  static let errorCases: [ProblemCase] = [
    .errors(
      "groups without indicators",
      [
        ("\"nl\": [\"terugkoppel*\", \"reactienota\", \"*verslag\"]", "\"nl\": []"),
        ("\"en\": [\"feedback\", \"response report\", \"report*\"]", "\"en\": []"),
      ],
      [
        (
          "criteria[2].rules[0]",
          "this rule can never fire: `feedback` has no indicators in any language; add indicators"
        ),
        (
          "criteria[2].rules[1]",
          "this rule can never fire: `feedback` has no indicators in any language; add indicators"
        ),
      ]),
    .errors(
      "together with one group", [("[\"budget\", \"decide\"]", "[\"budget\", \"budget\"]")],
      [
        (
          "criteria[1].rules[1].groups",
          "a `together` rule needs two or more different groups; use `any` for one group"
        )
      ]),
    .errors(
      "count above the number of indicators",
      [("\"atLeast\": 2, \"scope\"", "\"atLeast\": 4, \"scope\"")],
      [
        (
          "criteria[2].rules[1]",
          "this rule can never fire: atLeast is 4 but its groups have at most 3 distinct "
            + "indicators in one language; lower atLeast or add indicators"
        )
      ]),
    .errors(
      "count below one", [("\"atLeast\": 2, \"scope\"", "\"atLeast\": 0, \"scope\"")],
      [("criteria[2].rules[1].atLeast", "atLeast must be 1 or more, found 0")]),
    .errors(
      "ladder step above every rung the indicators carry",
      [
        ("{\"fromRung\": 4, \"level\": 2}", "{\"fromRung\": 5, \"level\": 2}"),
        ("\"rung\": 5,\n      \"require\"", "\"rung\": 3,\n      \"require\""),
      ],
      [
        (
          "criteria[0].rules[0].levels[1].fromRung",
          "this step can never be reached: the highest rung its groups' indicators carry is 4; "
            + "lower fromRung or give indicators a higher `rung`"
        )
      ]),
    .errors(
      "ladder step on an unknown rung",
      [("{\"fromRung\": 4, \"level\": 2}", "{\"fromRung\": 7, \"level\": 2}")],
      [
        ("criteria[0].rules[0].levels[1].fromRung", "unknown rung 7; the ladder has rungs 0–5"),
        (
          "criteria[0].rules[0].levels[1].fromRung",
          "this step can never be reached: the highest rung its groups' indicators carry is 5; "
            + "lower fromRung or give indicators a higher `rung`"
        ),
      ]),
    .errors(
      "ladder steps out of order",
      [
        (
          "[{\"fromRung\": 2, \"level\": 1}, {\"fromRung\": 4, \"level\": 2}]",
          "[{\"fromRung\": 4, \"level\": 2}, {\"fromRung\": 2, \"level\": 1}]"
        )
      ],
      [
        (
          "criteria[0].rules[0].levels[1].fromRung",
          "steps must go up: fromRung 2 comes after fromRung 4; list the steps lowest rung first"
        )
      ]),
    .errors(
      "rule without groups",
      [
        (
          "{\"type\": \"any\", \"level\": 1, \"groups\": [\"budget\"]}",
          "{\"type\": \"any\", \"level\": 1, \"groups\": []}"
        )
      ],
      [("criteria[1].rules[0].groups", "no groups; name at least one group from `groups`")]),
    .errors(
      "criterion without rules",
      [
        (
          "{\"type\": \"any\", \"level\": 1, \"groups\": [\"feedback\"], "
            + "\"require\": [\"not_negated\"]},\n        {\"type\": \"count\", \"level\": 2, "
            + "\"groups\": [\"feedback\"], \"atLeast\": 2, \"scope\": \"paragraph\"}",
          ""
        )
      ],
      [("criteria[2].rules", "no rules; add at least one, or the criterion always scores 0")]),
    .errors(
      "zero_count guard above the number of criteria",
      [("\"atLeast\": 2, \"cap\"", "\"atLeast\": 4, \"cap\"")],
      [
        (
          "aggregation.guards[1].atLeast",
          "this guard can never hold: atLeast is 4 but the rubric has only 3 criteria; "
            + "lower atLeast"
        )
      ]),
  ]

  /// Each kind of rule problem is reported with its exact path and message.
  @Test(arguments: errorCases) func ruleProblem(_ testCase: ProblemCase) throws {
    let check = TestRubric.check(try TestRubric.edited(testCase.edits))
    #expect(check.problems.map(\.expected) == testCase.expected)
    #expect(check.rubric == nil)
  }
}

// MARK: - Warnings

extension RubricRuleProblemTests {
  static let warningCases: [ProblemCase] = [
    .warnings(
      "a phrase twice in one group",
      [
        (
          "[\"informeren\", \"*brief\", \"informatieavond\"]",
          "[\"informeren\", \"*brief\", \"Informeren\"]"
        )
      ],
      [
        (
          "groups[0].indicators.nl[2]",
          "the phrase `Informeren` is listed twice in this group (also at "
            + "groups[0].indicators.nl[0]); remove one"
        )
      ]),
    .warnings(
      "a phrase in two groups with different rungs",
      [("\"nl\": [\"raadplegen\",", "\"nl\": [\"beslissen\", \"raadplegen\",")],
      [
        (
          "groups[2].indicators.nl[0]",
          "the phrase `beslissen` has rung 5 here but rung 2 in group `consult` "
            + "(groups[1].indicators.nl[0]); a match would count for both, so keep it in one group"
        )
      ]),
    .warnings(
      "a Dutch wildcard that misses the plural",
      [
        (
          "\"residentActors\": [\"bewoner*\", \"wijkraad\"]",
          "\"residentActors\": [\"bewoner*\", \"wijkraad*\"]"
        )
      ],
      [
        (
          "context.nl.residentActors[1]",
          "a wildcard matches the word as written, and the Dutch plural writes the long vowel "
            + "once (wijkraad → wijkraden), so this entry misses the plural; add `wijkraden*` "
            + "next to it"
        )
      ]),
    .warnings(
      "a Dutch wildcard near a phrase, the plural listed",
      [
        (
          "{\"phrase\": \"mening\", \"near\": \"bewoner*\", \"within\": 4}",
          "{\"phrase\": \"mening\", \"near\": \"dorpsraad*\", \"within\": 4}, "
            + "{\"phrase\": \"mening\", \"near\": \"dorpsraden*\", \"within\": 4}, "
            + "{\"phrase\": \"advies\", \"near\": \"wijkraad*\", \"within\": 4}"
        )
      ],
      [
        (
          "groups[1].indicators.nl[4]",
          "a wildcard matches the word as written, and the Dutch plural writes the long vowel "
            + "once (wijkraad → wijkraden), so this entry misses the plural; add `advies` near "
            + "`wijkraden*` next to it"
        )
      ]),
    .warnings(
      "a rule that cannot fire in one language",
      [("\"en\": [\"feedback\", \"response report\", \"report*\"]", "\"en\": [\"feedback\"]")],
      [
        (
          "criteria[2].rules[1]",
          "this rule can never fire on `en` plans: its groups lack (enough) indicators in that "
            + "language; add some"
        )
      ]),
    .warnings(
      "level 0 in a rule",
      [
        (
          "{\"type\": \"any\", \"level\": 1, \"groups\": [\"budget\"]}",
          "{\"type\": \"any\", \"level\": 0, \"groups\": [\"budget\"]}"
        )
      ],
      [
        (
          "criteria[1].rules[0].level",
          "level 0 never raises the criterion; without a rule that fires it is 0"
        )
      ]),
    .warnings(
      "a level without advice",
      [
        (
          ",\n         \"advice\": {\"nl\": \"Noem het bedrag.\", \"en\": \"Name the amount.\"}",
          ""
        )
      ],
      [
        (
          "criteria[1].levels[1].advice",
          "no advice; say what a plan must add to reach the next level"
        )
      ]),
  ]

  /// Warnings are reported with their exact path and message and do not block loading.
  @Test(arguments: warningCases) func warning(_ testCase: ProblemCase) throws {
    let check = TestRubric.check(try TestRubric.edited(testCase.edits))
    #expect(check.problems.map(\.expected) == testCase.expected)
    #expect(check.rubric != nil)
  }

  /// A criterion without examples is a warning at its `examples`; the rubric still loads.
  @Test func criterionWithoutExamplesIsAWarning() throws {
    let text = try TestRubric.text()
    let examples =
      ",\n      \"examples\": {\n        \"nl\": {\n          \"match\": [\n"
      + "            {\"text\": \"Deelnemers"
    let start = try #require(text.range(of: examples))
    let end = try #require(text.range(of: "\n    }\n  ],\n  \"aggregation\""))
    let edited = text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
    let check = TestRubric.check(edited)
    #expect(
      check.problems.map(\.expected) == [
        ProblemCase.Expected(
          severity: .warning, path: "criteria[2].examples",
          message: "criterion `feedback` has no examples; add texts with the level they must "
            + "get, so its rules can be tested against them")
      ])
    #expect(check.rubric?.criteria[2].examples == [:])
  }
}
