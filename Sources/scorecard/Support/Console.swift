import ArgumentParser
import Assessment
import Foundation
import PlanReading

/// Writes reports to standard output or a file, and diagnostics to standard error.
enum Console {
  /// Writes a report to `output` atomically (a reader sees the old file or the
  /// complete new one), or to standard output when `output` is `nil`.
  static func write(_ report: String, to output: String?) throws {
    guard let output else {
      let text = isatty(STDOUT_FILENO) == 1 ? report.terminalSafe : report
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try AtomicFile.write(Data(report.utf8), to: URL(fileURLWithPath: output))
    } catch {
      throw ValidationError(
        "cannot write \(output): \(error.reason). "
          + "Give a file name in a folder you may write to with --output.")
    }
  }

  /// Prints text on standard output, with control characters from user data
  /// made visible when it is a terminal.
  static func out(_ text: String, terminator: String = "\n") {
    let full = text + terminator
    let safe = isatty(STDOUT_FILENO) == 1 ? full.terminalSafe : full
    FileHandle.standardOutput.write(Data(safe.utf8))
  }

  /// Prints `error: message` on stderr, with control characters made visible.
  static func error(_ message: String) {
    FileHandle.standardError.write(Data("error: \(message.terminalSafe)\n".utf8))
  }

  /// Prints `warning: message` on stderr, with control characters made visible.
  static func warning(_ message: String) {
    FileHandle.standardError.write(Data("warning: \(message.terminalSafe)\n".utf8))
  }
}
