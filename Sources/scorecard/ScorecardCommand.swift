import ArgumentParser
import Foundation
import PlanReading

/// The `scorecard` command: reads municipal plans and scores how much say
/// residents get in them.
@main
struct ScorecardCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scorecard",
    abstract: "Score how much say residents get in a municipal plan, with quotes as evidence.",
    discussion: """
      Exit codes: 0 everything was read and scored; 1 some input could not be read or \
      scored (the others are still reported), or `assess` saved nothing; 2 usage or rubric \
      error; 130 `assess` stopped with Ctrl-C (nothing saved).
      """,
    version: EngineVersion.current,
    subcommands: [
      Score.self, Read.self, RubricCommand.self, Calibrate.self,
      Assess.self, BatchCommand.self, Merge.self, Compare.self, AgreementCommand.self,
      Serve.self,
    ],
    defaultSubcommand: Score.self
  )

  /// Runs the command, mapping usage errors to exit code 2 as documented.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error).terminalSafe + "\n").utf8))
        Foundation.exit(ExitStatus.usage)
      }
      exit(withError: error)
    }
  }
}

/// The documented exit codes.
enum ExitStatus {
  /// Some input could not be read or scored; the rest was reported.
  static let inputFailed: Int32 = 1
  /// A usage or rubric error.
  static let usage: Int32 = 2
}
