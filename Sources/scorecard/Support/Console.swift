import ArgumentParser
import Foundation

/// Writes reports to standard output or a file, and diagnostics to standard error.
enum Console {
  /// Writes a report to `output` atomically (a reader sees the old file or the
  /// complete new one), or to standard output when `output` is `nil`.
  static func write(_ report: String, to output: String?) throws {
    guard let output else {
      FileHandle.standardOutput.write(Data(report.utf8))
      return
    }
    do {
      try Data(report.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      throw ValidationError("cannot write \(output): \(error.localizedDescription)")
    }
  }

  /// Prints `error: message` on stderr.
  static func error(_ message: String) {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
  }

  /// Prints `warning: message` on stderr.
  static func warning(_ message: String) {
    FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
  }
}
