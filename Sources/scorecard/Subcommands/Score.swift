import ArgumentParser
import Foundation
import PlanReading
import Reporting
import Scoring

extension ScorecardCommand {
  /// `scorecard score`: scores plans and prints their cards.
  struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score plans with a rubric and print a card per plan, with evidence and advice.",
      discussion: """
        Exit codes: 0 all plans scored; 1 some plan could not be read (the others are still \
        reported); 2 usage or rubric error.
        """
    )

    @Argument(help: "Plan files (plain text, Markdown or XML).")
    var files: [String]

    @Option(help: "A rubric file, or the id of a bundled rubric (default: lsa-participatie).")
    var rubric: String?

    @Option(help: "The largest plan file to read, in bytes.")
    var maxBytes: Int = 50_000_000

    @OptionGroup var output: OutputOptions

    func run() throws {
      let scorer = PlanScorer(rubric: try RubricOption.load(rubric))
      let reader = PlanReader(options: .init(maxBytes: maxBytes))
      var cards: [Scorecard] = []
      var failed = false
      for file in files {
        do {
          cards.append(scorer.score(try reader.read(fileAt: file)))
        } catch {
          failed = true
          Console.error(error.localizedDescription)
        }
      }
      if !cards.isEmpty {
        let language = output.lang ?? cards[0].plan.language
        let renderer = output.format.renderer(language: language, color: output.useColor)
        try output.write(try renderer.render(cards))
      }
      if failed { throw ExitCode(ExitStatus.inputFailed) }
    }
  }
}
