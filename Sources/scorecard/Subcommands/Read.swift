import ArgumentParser
import Foundation
import PlanReading

extension ScorecardCommand {
  /// `scorecard read`: shows how a plan was read, so a user sees what the engine scores.
  struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the parsed structure of plans: metadata, headings and blocks with locations.",
      discussion:
        "Exit codes: 0 all files read; 1 some file could not be read (the others are still printed); 2 usage error."
    )

    @Argument(
      help: "Plan files (plain text, Markdown, XML, Word .docx, OpenDocument .odt or HTML).")
    var files: [String]

    @Option(help: "Output format: text or json.")
    var format: ReadFormat = .text

    @Option(help: "The largest file to read, in bytes.")
    var maxBytes: Int = 50_000_000

    func run() throws {
      let reader = PlanReader(options: .init(maxBytes: maxBytes))
      var failed = false
      var documents: [PlanDocument] = []
      for file in files {
        do {
          let document = try reader.read(fileAt: file)
          documents.append(document)
          if format == .text { Console.out(DocumentOutline.render(document)) }
        } catch {
          failed = true
          Console.error(CLIErrorMessage.text(for: error))
        }
      }
      if format == .json {
        Console.out(try DocumentOutline.json(documents), terminator: "")
      }
      if failed { throw ExitCode.failure }
    }
  }

  /// The output formats of `scorecard read`.
  enum ReadFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
  }
}
