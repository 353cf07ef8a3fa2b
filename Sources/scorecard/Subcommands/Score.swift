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
        With --assessment, each resident's assessment (written by `scorecard assess`) is \
        merged into the card of its plan: per criterion the residents' median level counts, \
        the engine's where no resident judged it, and the card shows both. With several plans, \
        an assessment goes to the plan with its SHA-256, else to the plan with its file name.

        Exit codes: 0 all plans scored; 1 some plan could not be read (the others are still \
        reported), or was over its time or memory budget; 2 usage or rubric error, or an assessment that cannot be read, was made \
        with another rubric or fits none of the plans (nothing is printed then).
        """
    )

    @Argument(
      help: "Plan files (plain text, Markdown, XML, Word .docx, OpenDocument .odt or HTML).")
    var files: [String]

    @Option(help: "A rubric file, or the id of a bundled rubric (default: lsa-participatie).")
    var rubric: String?

    @Option(
      name: .customLong("assessment"),
      help: "A resident's assessment file to merge into the card; repeatable.")
    var assessments: [String] = []

    @Option(help: "The largest plan file to read, in bytes.")
    var maxBytes: Int = 50_000_000

    @OptionGroup var budget: BudgetOptions

    @OptionGroup var output: OutputOptions

    @OptionGroup var language: LanguageOptions

    func run() throws {
      let loaded = try RubricOption.load(rubric)
      let assessed = try AssessmentOption.load(assessments, rubric: loaded)
      let scorer = PlanScorer(rubric: loaded)
      let reader = PlanReader(options: .init(maxBytes: maxBytes))
      var cards: [Scorecard] = []
      var unread: [String] = []
      let limits = budget.budget
      for file in files {
        do {
          let deadline = limits.deadline()
          let document = try read(file, with: reader, limits: limits)
          try deadline.check("reading")
          cards.append(try scorer.score(document, budget: limits, deadline: deadline))
        } catch let error as PlanBudget.Exceeded {
          unread.append(file)
          Console.error(CLIErrorMessage.text(for: error, path: file))
        } catch {
          unread.append(file)
          Console.error(CLIErrorMessage.text(for: error, language: language.language(or: .en)))
        }
      }
      cards = try AssessmentOption.merge(assessed, into: cards, unread: unread, rubric: loaded)
      if !cards.isEmpty {
        let renderer = CardRenderer(language: language.lang, color: output.useColor)
        try output.write(try renderer.render(cards, as: output.format.format))
      }
      if !unread.isEmpty { throw ExitCode(ExitStatus.inputFailed) }
    }

    /// Reads one plan within the memory budget.
    ///
    /// The file's bytes live only until this returns, so they are not held
    /// while the plan is scored (as much again as the file, for a large plan).
    private func read(_ file: String, with reader: PlanReader, limits: PlanBudget) throws
      -> PlanDocument
    {
      let data = try reader.data(ofFileAt: file)
      try limits.checkMemory(PlanBudget.estimatedPeak(fileBytes: data.count), stage: "reading")
      return try reader.read(data: consume data, path: file)
    }
  }
}
