import ArgumentParser
import Foundation
import PlanReading
import Scoring

extension ScorecardCommand {
  /// `scorecard rubric`: check, test and show rubrics.
  struct RubricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rubric",
      abstract: "Validate, test and show rubrics.",
      subcommands: [Validate.self, Test.self, Show.self]
    )
  }
}

extension ScorecardCommand.RubricCommand {
  /// `scorecard rubric validate`: every problem of each rubric, at once.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check rubric files and report every problem with its JSON path.",
      discussion: "Exit codes: 0 all valid (warnings allowed); 2 some rubric has errors."
    )

    @Argument(help: "Rubric files or bundled rubric ids.")
    var rubrics: [String]

    func run() throws {
      var failed = false
      for name in rubrics {
        do {
          let check = Rubric.check(contentsOf: try RubricCatalog.locate(name))
          guard let rubric = check.rubric, check.errors.isEmpty else {
            failed = true
            Console.error(RubricError(source: name, problems: check.problems).localizedDescription)
            continue
          }
          let warnings = check.warnings + PlanScorer.vocabularyWarnings(rubric)
          for warning in warnings {
            Console.warning("\(name): \(warning)")
          }
          Console.out("\(name): valid (\(rubric.id) \(rubric.version), \(warnings.count) warnings)")
        } catch {
          failed = true
          Console.error(CLIErrorMessage.text(for: error))
        }
      }
      if failed { throw ExitCode(ExitStatus.usage) }
    }
  }

  /// `scorecard rubric test`: runs the examples each rubric carries.
  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the example sentences of rubrics and report each failure.",
      discussion: "Exit codes: 0 all examples pass; 1 some example fails; 2 some rubric has errors."
    )

    @Argument(help: "Rubric files or bundled rubric ids.")
    var rubrics: [String]

    func run() throws {
      var failures = 0
      for name in rubrics {
        let rubric = try RubricOption.load(name)
        let report = RubricExampleRunner.run(rubric)
        for failure in report.failures {
          Console.out("\(name): \(failure)")
        }
        Console.out(
          "\(name): \(report.checked - report.failures.count) passed, \(report.failures.count) failed"
        )
        failures += report.failures.count
      }
      if failures > 0 { throw ExitCode(ExitStatus.inputFailed) }
    }
  }

  /// `scorecard rubric show`: criteria, questions, weights and vocabulary sizes.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a rubric: criteria, questions, weights and indicator counts per language."
    )

    @Argument(help: "A rubric file or bundled rubric id (default: lsa-participatie).")
    var rubric: String?

    @OptionGroup var language: LanguageOptions

    func run() throws {
      let loaded = try RubricOption.load(rubric)
      Console.out(RubricSummary.render(loaded, language: language.language(or: loaded.defaultLanguage)))
    }
  }
}
