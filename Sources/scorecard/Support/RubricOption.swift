import ArgumentParser
import Scoring

/// Loads the rubric a command names, or reports every problem and exits 2.
enum RubricOption {
  /// The rubric at a path or with a bundled id (the default rubric for `nil`).
  /// - Throws: `ExitCode(2)` after printing the problems on stderr.
  static func load(_ idOrPath: String?) throws -> Rubric {
    do {
      return try RubricCatalog.load(idOrPath)
    } catch {
      Console.error(CLIErrorMessage.text(for: error))
      throw ExitCode(ExitStatus.usage)
    }
  }
}
