import Foundation
import PlanReading
import Testing

@testable import Batch

/// A plan over its time or memory budget is listed in errors.json and the
/// other plans are scored as usual.
@Suite struct BatchBudgetTests {}

extension BatchBudgetTests {
  /// A plan whose file would need more memory than the budget is refused; the
  /// small plan beside it is scored.
  @Test func planOverMemoryBudgetIsAnErrorAndOthersGoOn() async throws {
    let big = BatchFixture.plan(
      String(repeating: "Bewoners beslissen mee over het wijkbudget. ", count: 5_000))
    let small = BatchFixture.plan("Bewoners beslissen mee over het wijkbudget.")
    let input = try BatchFixture.folder(["groot.md": big, "klein.md": small])
    let output = try BatchFixture.temporaryFolder("out")
    // Room for the small plan, not for the big one.
    let limit = PlanBudget.estimatedPeak(fileBytes: big.count / 2)
    let outcome = try await BatchFixture.run(input, into: output) {
      $0.budget = PlanBudget(seconds: nil, memoryBytes: limit)
    }
    #expect(outcome.plans.map(\.file) == ["klein.md"])
    #expect(outcome.failures.map(\.file) == ["groot.md"])
    let failure = try #require(outcome.failures.first)
    #expect(failure.code == "over_memory_budget")
    #expect(failure.message.hasPrefix("groot.md: over the memory budget"))
    #expect(failure.message.contains("split it into smaller files"))
    let errors = try String(
      contentsOf: output.appendingPathComponent(BatchLayout.errors), encoding: .utf8)
    #expect(errors.contains("over_memory_budget"))
  }

  /// A plan out of time is an error with its own code; every plan is when
  /// the budget is (next to) nothing, and the batch still finishes.
  @Test func planOverTimeBudgetIsAnError() async throws {
    let input = try BatchFixture.folder([
      "a.md": BatchFixture.plan("Bewoners beslissen mee over het wijkbudget.")
    ])
    let output = try BatchFixture.temporaryFolder("out")
    let outcome = try await BatchFixture.run(input, into: output) {
      $0.budget = PlanBudget(seconds: 1e-9, memoryBytes: nil)
    }
    #expect(outcome.plans.isEmpty)
    let failure = try #require(outcome.failures.first)
    #expect(failure.code == "over_time_budget")
    #expect(failure.message.hasPrefix("a.md: over the time budget"))
  }

  /// The default budget is the standard one.
  @Test func defaultBudgetIsStandard() {
    let options = BatchOptions(
      input: URL(fileURLWithPath: "/tmp/in"), output: URL(fileURLWithPath: "/tmp/out"))
    #expect(options.budget == .standard)
  }
}
