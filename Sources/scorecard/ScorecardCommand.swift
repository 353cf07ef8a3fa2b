import ArgumentParser

/// The `scorecard` command: reads municipal plans and scores how much say
/// residents get in them.
@main
struct ScorecardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scorecard",
    abstract: "Score how much say residents get in a municipal plan, with quotes as evidence.",
    discussion: """
      Exit codes: 0 everything was read and scored; 1 some input could not be read or \
      scored (the others are still reported); 2 usage or rubric error.
      """,
    version: EngineVersion.current,
    subcommands: [Read.self]
  )
}
