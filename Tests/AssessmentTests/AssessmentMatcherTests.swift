import Assessment
import Foundation
import Scoring
import Testing

@Suite struct AssessmentMatcherTests {}

extension AssessmentMatcherTests {
  /// The sample plan's reference with another path and hash.
  static func reference(source: String, sha256: String) -> PlanReference {
    var plan = AssessmentFixture.card().plan
    plan.source = source
    plan.sha256 = sha256
    return plan
  }

  static let matcher = AssessmentMatcher(candidates: [
    .init(path: "zwolle/plan.md", sha256: "aaa"),
    .init(path: "arnhem/plan.md", sha256: "bbb"),
    .init(path: "deventer.md", sha256: "ccc"),
    .init(path: "kapot.md", sha256: ""),
  ])
}

extension AssessmentMatcherTests {
  /// The same bytes win over a name that points elsewhere.
  @Test func sameBytesFirst() {
    let match = Self.matcher.match(Self.reference(source: "zwolle/plan.md", sha256: "bbb"))
    #expect(match == .sameBytes([1]))
  }

  /// Without the bytes, the path that fits the assessed path best from the end wins.
  @Test func nameFromTheEnd() {
    #expect(
      Self.matcher.match(Self.reference(source: "/home/anna/arnhem/plan.md", sha256: "x"))
        == .sameName(1))
    #expect(
      Self.matcher.match(Self.reference(source: "C:\\plannen\\zwolle\\plan.md", sha256: "x"))
        == .sameName(0))
    #expect(
      Self.matcher.match(Self.reference(source: "./deventer.md", sha256: "x")) == .sameName(2))
  }

  /// A file name two plans share, with nothing to tell them apart, is ambiguous;
  /// a name no plan has, and an empty hash, match nothing.
  @Test func ambiguousAndNone() {
    #expect(
      Self.matcher.match(Self.reference(source: "plan.md", sha256: "x"))
        == .ambiguous(["zwolle/plan.md", "arnhem/plan.md"]))
    #expect(Self.matcher.match(Self.reference(source: "utrecht.md", sha256: "")) == .none)
  }

  /// `plans(for:file:)` gives the plans, or an error that names the file and the plan.
  @Test func plansOrError() throws {
    var assessment = AssessmentFixture.assessment(of: AssessmentFixture.card(), by: "A")
    assessment.plan = Self.reference(source: "deventer.md", sha256: "ccc")
    #expect(try Self.matcher.plans(for: assessment, file: "a.json") == [2])
    assessment.plan = Self.reference(source: "utrecht.md", sha256: "ddd")
    let error = #expect(throws: AssessmentMatchError.self) {
      try Self.matcher.plans(for: assessment, file: "a.json")
    }
    #expect(error == .noPlan(file: "a.json", plan: "utrecht.md"))
    let message = error?.errorDescription ?? ""
    #expect(message.hasPrefix("a.json: this assessment is about utrecht.md"))
  }
}
