import Crypto
import Foundation
import PlanReading
import TestSupport
import Testing

@testable import Scoring

@Suite struct RubricLoadingTests {}

// MARK: - The valid test rubric

extension RubricLoadingTests {
  /// The test rubric loads into exactly the expected model.
  @Test func testRubricLoadsIntoTheExpectedModel() throws {
    var rubric = try Rubric(contentsOf: TestRubric.url)
    #expect(!rubric.contentHash.isEmpty)
    rubric.contentHash = ""
    let expected = TestRubric.expected
    // Compare part by part first, so a difference is easy to find.
    #expect(rubric.scale == expected.scale)
    #expect(rubric.ladder == expected.ladder)
    #expect(rubric.context == expected.context)
    #expect(rubric.groups == expected.groups)
    #expect(rubric.criteria == expected.criteria)
    #expect(rubric.aggregation == expected.aggregation)
    #expect(rubric == expected)
  }

  /// The test rubric has no warnings either.
  @Test func testRubricHasNoProblems() {
    let check = Rubric.check(contentsOf: TestRubric.url)
    #expect(check.problems == [])
    #expect(check.rubric != nil)
    #expect(check.source == TestRubric.url.path)
  }

  /// The expected model passes the validator on its own (without the loader).
  @Test func expectedModelIsValid() {
    #expect(RubricValidator.problems(in: TestRubric.expected) == [])
  }

  /// Lookups by id find groups, criteria and rungs, and `nil` for unknown ids.
  @Test func lookupsFindByID() throws {
    let rubric = try Rubric(contentsOf: TestRubric.url)
    #expect(rubric.group(id: "decide")?.rung == 5)
    #expect(rubric.group(id: "nope") == nil)
    #expect(rubric.criterion(id: "money")?.weight == 1)
    #expect(rubric.criterion(id: "nope") == nil)
    #expect(rubric.rung(4)?.id == "coproduce")
    #expect(rubric.scale.maxLevel == 2)
  }

  /// Indicator rungs and polarities fall back to the group's.
  @Test func indicatorFallsBackToGroup() throws {
    let rubric = try Rubric(contentsOf: TestRubric.url)
    let decide = try #require(rubric.group(id: "decide"))
    let indicators = try #require(decide.indicators[.nl])
    #expect(indicators.map { decide.rung(of: $0) } == [5, 4])
    let fake = try #require(rubric.group(id: "fake"))
    #expect(fake.indicators[.nl]?.map { fake.polarity(of: $0) } == [.warning, .warning])
  }

  /// Rule accessors expose the shared fields of every rule type.
  @Test func ruleAccessors() throws {
    let rubric = try Rubric(contentsOf: TestRubric.url)
    let money = try #require(rubric.criterion(id: "money"))
    #expect(money.rules.map(\.type) == ["any", "together"])
    #expect(money.rules.map(\.groups) == [["budget"], ["budget", "decide"]])
    #expect(money.rules.map(\.require) == [[], [.specific]])
    #expect(money.rules.map(\.scope) == [.sentence, .sentence])
    let influence = try #require(rubric.criterion(id: "influence"))
    guard case .ladder(let ladder) = influence.rules.first else {
      Issue.record("influence has no ladder rule")
      return
    }
    #expect([1, 2, 3, 4, 5].map(ladder.level(forRung:)) == [nil, 1, 1, 2, 2])
  }
}

// MARK: - Content hash

extension RubricLoadingTests {
  /// The content hash is the SHA-256 of the file's bytes, the same on every load.
  @Test func contentHashIsSHA256OfTheBytes() throws {
    let data = try Data(contentsOf: TestRubric.url)
    let first = try Rubric(contentsOf: TestRubric.url)
    let second = try Rubric(data: data, source: "copy.json")
    let expected = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    #expect(first.contentHash == expected)
    #expect(second.contentHash == expected)
    #expect(expected.count == 64)
  }

  /// A one-byte change alters the hash and nothing else.
  @Test func contentHashFollowsTheBytes() throws {
    let text = try TestRubric.text()
    let rubric = try Rubric(data: Data(text.utf8), source: "a.json")
    let spaced = try Rubric(data: Data((text + "\n").utf8), source: "b.json")
    #expect(rubric.contentHash != spaced.contentHash)
    var copy = spaced
    copy.contentHash = rubric.contentHash
    #expect(copy == rubric)
  }
}

// MARK: - Files

extension RubricLoadingTests {
  /// A missing file is one problem that names the file and says what to do.
  @Test func missingFileIsReported() {
    let url = URL(fileURLWithPath: "/nonexistent/rubric.json")
    #expect(
      throws: RubricError(
        source: "/nonexistent/rubric.json",
        problems: [
          RubricProblem(
            path: "", message: "file not found; check the path and the spelling of the file name")
        ])
    ) {
      try Rubric(contentsOf: url)
    }
  }

  /// The error description lists every problem on its own line with source and position.
  @Test func errorDescriptionListsEveryProblem() {
    let error = RubricError(
      source: "r.json",
      problems: [
        RubricProblem(path: "criteria[0].weight", message: "bad", line: 3, column: 7),
        RubricProblem(severity: .warning, path: "groups", message: "odd"),
        RubricProblem(path: "", message: "whole file", line: 1, column: 1),
      ])
    #expect(
      error.errorDescription
        == "r.json:3:7: criteria[0].weight: bad\nr.json: warning: groups: odd\n"
        + "r.json:1:1: whole file")
    #expect(error.errors.count == 2)
    #expect(error.warnings.count == 1)
  }
}
