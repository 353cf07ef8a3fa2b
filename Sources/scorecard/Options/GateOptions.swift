import ArgumentParser
import Batch
import Foundation
import PlanReading

/// The gating flags of `batch` and `merge`: the run exits with 1 when a plan
/// falls short, listing the plans.
struct GateOptions: ParsableArguments {
  @Option(help: "Exit 1 when a plan's grade is below this grade (such as 5.5).")
  var failUnder: Double?

  @Option(
    help: ArgumentHelp(
      "Exit 1 when a plan's criterion is below a level (such as invloed=2); repeatable.",
      valueName: "criterion=level"))
  var require: [Gate.Requirement] = []

  /// The gate the flags describe.
  func gate() -> Gate {
    Gate(failUnder: failUnder, requirements: require)
  }

  func validate() throws {
    if let failUnder, !(1...10).contains(failUnder) {
      throw ValidationError("--fail-under \(failUnder): give a grade from 1 to 10.")
    }
  }

  /// Prints the plans that fall short on stderr; returns whether any did.
  func report(_ shortfalls: [Gate.Shortfall]) -> Bool {
    guard !shortfalls.isEmpty else { return false }
    let noun = shortfalls.count == 1 ? "plan falls" : "plans fall"
    var text = "gate: \(shortfalls.count) \(noun) short:\n"
    for shortfall in shortfalls {
      text +=
        "  \(shortfall.file) (\(shortfall.label)): "
        + shortfall.reasons.joined(separator: "; ") + "\n"
    }
    FileHandle.standardError.write(Data(text.terminalSafe.utf8))
    return true
  }
}
