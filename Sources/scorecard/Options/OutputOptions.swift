import ArgumentParser
import Foundation
import PlanReading
import Reporting

/// Flags shared by commands that write reports.
struct OutputOptions: ParsableArguments {
  @Option(help: "Output format: text, json, markdown or html.")
  var format = FormatChoice<CardRenderer>(.text)

  @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
  var output: String?

  @Flag(help: "Never use colour (also off when NO_COLOR is set or output is not a terminal).")
  var noColor = false

  /// Whether colour may be used for text written to standard output.
  var useColor: Bool {
    format.format == .text && output == nil && !noColor
      && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
  }

  /// Writes the report to `--output` atomically, or to standard output.
  func write(_ report: String) throws {
    try Console.write(report, to: output)
  }
}

extension PlanLanguage: ExpressibleByArgument {}
