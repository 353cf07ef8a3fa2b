import ArgumentParser
import PlanReading

/// The `--time-budget` and `--memory-budget` options of `batch` and `score`:
/// how much one plan may take before it is given up as a failure.
struct BudgetOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The most seconds one plan may take to read and score; a plan over it fails "
        + "(in a batch: listed in errors.json as over_time_budget) and the others go on. "
        + "0 for no limit.",
      valueName: "seconds"))
  var timeBudget: Double = PlanBudget.standard.seconds ?? 0

  @Option(
    help: ArgumentHelp(
      "The most memory, in MB, one plan may be estimated to need (from its file size, then "
        + "its text); a plan over it is refused before it takes the memory (over_memory_budget). "
        + "0 for no limit.",
      valueName: "MB"))
  var memoryBudget: Int = (PlanBudget.standard.memoryBytes ?? 0) / 1_000_000

  func validate() throws {
    if timeBudget < 0 || !timeBudget.isFinite {
      throw ValidationError("--time-budget \(timeBudget): give 0 (no limit) or more seconds.")
    }
    if memoryBudget < 0 {
      throw ValidationError("--memory-budget \(memoryBudget): give 0 (no limit) or more MB.")
    }
  }

  /// The budget the options give.
  var budget: PlanBudget {
    PlanBudget(
      seconds: timeBudget > 0 ? timeBudget : nil,
      memoryBytes: memoryBudget > 0 ? memoryBudget * 1_000_000 : nil)
  }
}
