import Foundation
import TestSupport
import Testing

/// `--time-budget` and `--memory-budget` on `score` and `batch`: a plan over
/// budget fails (exit 1) with a message naming the flag, the others go on.
@Suite struct BudgetCommandTests {}

extension BudgetCommandTests {
  /// A plan over the memory budget is refused with the flag to raise; the
  /// plan within it is still scored; exit 1.
  @Test func scoreRefusesAPlanOverItsMemoryBudget() throws {
    let small = try ScoreCommandTests.plan("Bewoners beslissen over het plein.\n")
    let big = try ScoreCommandTests.plan(
      String(repeating: "Bewoners beslissen over het plein. ", count: 60_000), name: "groot.txt")
    // 64 MiB plus 30 bytes per byte: the small plan fits in 70 MB, the big one
    // (2 MB) does not.
    let result = try CommandRunner.run([
      "score", big, small, "--rubric", ScoreCommandTests.rubric, "--memory-budget", "70",
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("groot.txt: over the memory budget"))
    #expect(result.stderr.contains("--memory-budget MB"))
    #expect(result.stdout.contains("Bewoners beslissen over het plein."))
  }

  /// A negative budget is a usage error.
  @Test func negativeBudgetIsAUsageError() throws {
    let path = try ScoreCommandTests.plan("Bewoners beslissen over het plein.\n")
    let result = try CommandRunner.run([
      "score", path, "--rubric", ScoreCommandTests.rubric, "--time-budget", "-1",
    ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--time-budget"))
  }

  /// `batch` lists a plan over its memory budget in errors.json and scores
  /// the others.
  @Test func batchListsAPlanOverBudgetInErrors() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-budget-\(UUID().uuidString)")
    let plans = folder.appendingPathComponent("plans")
    try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
    try Data("Bewoners beslissen over het plein.\n".utf8)
      .write(to: plans.appendingPathComponent("klein.txt"))
    try Data(String(repeating: "Bewoners beslissen over het plein. ", count: 60_000).utf8)
      .write(to: plans.appendingPathComponent("groot.txt"))
    let out = folder.appendingPathComponent("out").path
    let result = try CommandRunner.run([
      "batch", plans.path, "--out", out, "--rubric", ScoreCommandTests.rubric,
      "--formats", "json", "--memory-budget", "70", "--quiet",
    ])
    #expect(result.status == 1)
    let errors = try String(contentsOfFile: out + "/errors.json", encoding: .utf8)
    #expect(errors.contains("over_memory_budget"))
    #expect(errors.contains("groot.txt: over the memory budget"))
    #expect(FileManager.default.fileExists(atPath: out + "/plans/klein.txt.json"))
  }
}
