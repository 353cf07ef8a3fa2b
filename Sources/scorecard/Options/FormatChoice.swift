import ArgumentParser
import Reporting

/// A `--format` value: one of the formats `Renderer` supports, so each
/// command accepts and lists only its own (`score` refuses `csv` with
/// "Please provide one of 'text', 'json', 'markdown' or 'html'").
struct FormatChoice<Renderer: DocumentRenderer>: ExpressibleByArgument {
  /// The chosen format.
  let format: OutputFormat

  /// A choice made in code (a default).
  init(_ format: OutputFormat) {
    precondition(Renderer.supports(format), "\(Renderer.self) does not write \(format)")
    self.format = format
  }

  init?(argument: String) {
    guard let format = OutputFormat(rawValue: argument), Renderer.supports(format) else {
      return nil
    }
    self.format = format
  }

  var defaultValueDescription: String { format.rawValue }

  static var allValueStrings: [String] { Renderer.formats.map(\.rawValue) }

  static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
