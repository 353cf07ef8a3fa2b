import Foundation

/// Writes diagnostics to standard error.
enum Console {
  /// Prints `error: message` on stderr.
  static func error(_ message: String) {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
  }

  /// Prints `warning: message` on stderr.
  static func warning(_ message: String) {
    FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
  }
}
