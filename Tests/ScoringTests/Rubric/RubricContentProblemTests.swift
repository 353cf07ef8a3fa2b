import Foundation
import Scoring
import Testing

/// Problems with what a well-formed rubric says: ids, references, languages,
/// levels, weights and the format version.
@Suite struct RubricContentProblemTests {}

extension RubricContentProblemTests {
  static let cases: [ProblemCase] = [
    .errors(
      "unsupported format, checked first", [("\"format\": 1,", "\"format\": 2, \"wrong\": 0,")],
      [("format", "format 2 is not supported; this scorecard reads format 1")]),
    .errors(
      "format of the wrong type", [("\"format\": 1,", "\"format\": \"1\",")],
      [("format", "expected a whole number, found a string")]),
    .errors(
      "invalid rubric id", [("\"id\": \"test-rubric\"", "\"id\": \"Test Rubric\"")],
      [
        (
          "id",
          "`Test Rubric` is not a valid id; use only lower-case letters, digits and hyphens, "
            + "such as `lsa-participatie`"
        )
      ]),
    .errors(
      "duplicate group id", [("\"id\": \"fake\"", "\"id\": \"budget\"")],
      [
        (
          "groups[5].id",
          "duplicate group id `budget` (also at groups[3].id); each must be unique"
        )
      ]),
    .errors(
      "duplicate criterion id",
      [("\"id\": \"feedback\",\n      \"title\"", "\"id\": \"money\",\n      \"title\"")],
      [
        (
          "criteria[2].id",
          "duplicate criterion id `money` (also at criteria[1].id); each must be unique"
        )
      ]),
    .errors(
      "duplicate ladder rung",
      [("{\"rung\": 3, \"id\": \"advise\"", "{\"rung\": 2, \"id\": \"advise\"")],
      [("ladder[3].rung", "duplicate rung 2 (also at ladder[2].rung); each must be unique")]),
    .errors(
      "duplicate ladder id", [("\"id\": \"coproduce\"", "\"id\": \"advise\"")],
      [("ladder[4].id", "duplicate rung id `advise` (also at ladder[3].id); each must be unique")]),
    .errors(
      "a gap in the ladder",
      [("{\"rung\": 3, \"id\": \"advise\"", "{\"rung\": 6, \"id\": \"advise\"")],
      [
        (
          "ladder[3].rung",
          "expected rung 3 here, found 6; rungs run from 0 up without gaps, lowest first"
        )
      ]),
    .errors(
      "duplicate scale value, without follow-on problems",
      [("{\"value\": 1, \"label\"", "{\"value\": 0, \"label\"")],
      [
        (
          "scale.levels[1].value",
          "duplicate value 0 (also at scale.levels[0].value); each must be unique"
        )
      ]),
    .errors(
      "unknown group reference",
      [
        (
          "{\"type\": \"any\", \"level\": 1, \"groups\": [\"budget\"]}",
          "{\"type\": \"any\", \"level\": 1, \"groups\": [\"budgt\"]}"
        )
      ],
      [("criteria[1].rules[0].groups[0]", "unknown group `budgt`; did you mean `budget`?")]),
    .errors(
      "unknown group reference without a suggestion",
      [("[\"budget\", \"decide\"]", "[\"budget\", \"money\"]")],
      [
        (
          "criteria[1].rules[1].groups[1]",
          "unknown group `money`; define it in `groups` or fix the name"
        )
      ]),
    .errors(
      "unknown rung on a group",
      [("\"rung\": 1,\n      \"require\"", "\"rung\": 9,\n      \"require\"")],
      [("groups[0].rung", "unknown rung 9; the ladder has rungs 0–5")]),
    .errors(
      "unknown rung on an indicator",
      [
        (
          "{\"phrase\": \"meebeslissen\", \"rung\": 4}",
          "{\"phrase\": \"meebeslissen\", \"rung\": -1}"
        )
      ],
      [("groups[2].indicators.nl[1].rung", "unknown rung -1; the ladder has rungs 0–5")]),
    .errors(
      "unknown criterion in a guard",
      [("\"criterion\": \"influence\"", "\"criterion\": \"influense\"")],
      [
        (
          "aggregation.guards[0].criterion",
          "unknown criterion `influense`; did you mean `influence`?"
        )
      ]),
    .errors(
      "weight zero", [("\"weight\": 0.5,", "\"weight\": 0,")],
      [
        (
          "criteria[2].weight",
          "weight must be greater than 0, found 0; give a positive weight, or use "
            + "`notApplicableFor` to leave the criterion out"
        )
      ]),
    .errors(
      "negative weight", [("\"weight\": 0.5,", "\"weight\": -1.5,")],
      [
        (
          "criteria[2].weight",
          "weight must be greater than 0, found -1.5; give a positive weight, or use "
            + "`notApplicableFor` to leave the criterion out"
        )
      ]),
    // Issue 13: a weight of 1e308 passed validation and then trapped in the grade.
    .errors(
      "weight too large", [("\"weight\": 0.5,", "\"weight\": 1e308,")],
      [
        (
          "criteria[2].weight",
          "weight must be at most 1000, found 1e+308; weights only count relative to each "
            + "other, so give small numbers such as 1, 2 or 3"
        )
      ]),
    .errors(
      "weight just above the bound", [("\"weight\": 0.5,", "\"weight\": 1000.5,")],
      [
        (
          "criteria[2].weight",
          "weight must be at most 1000, found 1000.5; weights only count relative to each "
            + "other, so give small numbers such as 1, 2 or 3"
        )
      ]),
    .errors(
      "language missing from a text",
      [
        (
          "\"title\": {\"nl\": \"Testrubriek\", \"en\": \"Test rubric\"}",
          "\"title\": {\"nl\": \"Testrubriek\"}"
        )
      ],
      [("title", "no `en` text; add one for every language in `languages`")]),
    .errors(
      "empty text", [("\"title\": {\"nl\": \"Testrubriek\"", "\"title\": {\"nl\": \" \"")],
      [("title.nl", "empty text; write it")]),
    .errors(
      "language missing from a group's indicators",
      [("\"en\": [\"inform\", \"newsletter*\"]", "\"nl\": []")],
      [
        ("groups[0].indicators", "no `en` indicators; add one for every language in `languages`"),
        ("groups[0].indicators.nl", "the key `nl` appears twice; keep one"),
      ]),
    .errors(
      "language missing from the context",
      [
        (
          "\"en\": {\n      \"negations\": [\"not\", \"no\", \"never\"],",
          "\"xx\": {\n      \"negations\": [\"not\", \"no\", \"never\"],"
        )
      ],
      [
        ("context", "no `en` word lists; add one for every language in `languages`"),
        (
          "context.xx",
          "unknown key `xx`; the keys allowed here are `negationWindow`, `nl`, `en`"
        ),
      ]),
    .errors(
      "empty language list", [("\"languages\": [\"nl\", \"en\"]", "\"languages\": []")],
      [("languages", "no languages; list at least one, such as [\"nl\", \"en\"]")]),
    .errors(
      "a language listed twice",
      [("\"languages\": [\"nl\", \"en\"]", "\"languages\": [\"nl\", \"en\", \"nl\"]")],
      [("languages[2]", "duplicate language `nl` (also at languages[0]); each must be unique")]),
    .errors(
      "level out of scale",
      [
        (
          "{\"type\": \"any\", \"level\": 1, \"groups\": [\"budget\"]}",
          "{\"type\": \"any\", \"level\": 3, \"groups\": [\"budget\"]}"
        )
      ],
      [("criteria[1].rules[0].level", "level 3 is outside the scale (0–2)")]),
    .errors(
      "example level out of scale",
      [
        (
          "{\"text\": \"Participants receive feedback.\", \"level\": 1}",
          "{\"text\": \"Participants receive feedback.\", \"level\": 7}"
        )
      ],
      [("criteria[2].examples.en.match[0].level", "level 7 is outside the scale (0–2)")]),
    .errors(
      "criterion levels not one per scale value",
      [
        (
          ",\n        {\"value\": 2, \"description\": {\"nl\": \"Terugkoppeling op meer "
            + "manieren.\", \"en\": \"Feedback in more ways.\"}}",
          ""
        )
      ],
      [
        (
          "criteria[2].levels",
          "expected one level per scale value, in order (0, 1, 2); found 0, 1"
        )
      ]),
    .errors(
      "empty phrase", [("\"informatieavond\"", "\" \"")],
      [("groups[0].indicators.nl[2]", "empty phrase; write a word or remove the entry")]),
    .errors(
      "a wildcard inside a word", [("\"*brief\"", "\"in*fo\"")],
      [
        (
          "groups[0].indicators.nl[1]",
          "`in*fo` in the phrase `in*fo`: a `*` may stand only at the start or the end of a "
            + "word, next to at least one letter"
        )
      ]),
    .errors(
      "pass mark off the grade scale", [("\"passMark\": 5.5", "\"passMark\": 55")],
      [("aggregation.passMark", "passMark must be between 1 and 10 (the grade scale), found 55")]),
  ]

  /// Each kind of content problem is reported with its exact path and message.
  @Test(arguments: cases) func contentProblem(_ testCase: ProblemCase) throws {
    let check = TestRubric.check(try TestRubric.edited(testCase.edits))
    #expect(check.problems.map(\.expected) == testCase.expected)
    #expect(check.rubric == nil)
  }
}
