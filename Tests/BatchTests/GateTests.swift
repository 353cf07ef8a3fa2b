import Foundation
import Reporting
import Testing

@testable import Batch

@Suite struct GateTests {}

extension GateTests {
  /// `--fail-under` and `--require` list every plan that falls short with
  /// every reason; a criterion that does not apply does not fall short.
  @Test func shortfalls() async throws {
    let input = try BatchFixture.folder([
      "sterk.txt": BatchFixture.plan(
        gemeente: "Sterk", "Bewoners beslissen over het wijkbudget van € 40.000.",
        "Er is een reactienota en iedereen kreeg terugkoppeling."),
      "zwak.txt": BatchFixture.plan(gemeente: "Zwak", "We raadplegen bewoners met een enquête."),
      "regeling.txt": BatchFixture.plan(
        gemeente: "Regel", soort: "verordening", "Bewoners beslissen over het plein."),
    ])
    let outcome = try await BatchFixture.run(input, into: try BatchFixture.temporaryFolder("out"))
    let grades = Dictionary(
      uniqueKeysWithValues: outcome.plans.map { ($0.file, $0.scorecard.grade) })
    // influence 2 ×2, money 2 ×1, feedback 2 ×0.5 → 10.0; consult only: 1 + 9 × 2/7 = 3.6, capped
    // by the zero_count guard at 4.5 → 3.6; regeling: influence 2, money n.v.t., feedback n.v.t. → 10.
    #expect(grades == ["sterk.txt": 10.0, "zwak.txt": 3.6, "regeling.txt": 10.0])

    let gate = Gate(
      failUnder: 5.5,
      requirements: [
        Gate.Requirement(criterion: "influence", level: 2),
        Gate.Requirement(criterion: "money", level: 1),
      ])
    let short = gate.shortfalls(outcome.plans)
    #expect(
      short == [
        Gate.Shortfall(
          file: "zwak.txt", label: "Zwak",
          reasons: ["grade 3.6 < 5.5", "influence 1 < 2", "money 0 < 1"])
      ])
    #expect(Gate().shortfalls(outcome.plans).isEmpty)
    #expect(Gate().isEmpty)
  }

  /// Requirements are checked against the rubric.
  @Test func requirementsAreChecked() throws {
    let gate = Gate(requirements: [.init(criterion: "invloed", level: 2)])
    #expect(throws: BatchError.unknownCriterion(id: "invloed", known: ["influence", "money"])) {
      try gate.validate(criteria: ["influence", "money"])
    }
  }
}
