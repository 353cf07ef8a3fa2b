import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the built `scorecard` binary with standard input left open, so a test
/// can wait for a prompt, then type a line or send a signal, as a person at a
/// terminal would.
public final class CommandSession: @unchecked Sendable {
  private let process = Process()
  private let input = Pipe()
  /// Guards `output` and `outputEnded`; signalled on every chunk read.
  private let condition = NSCondition()
  private var output = Data()
  private var outputEnded = false
  private var errorData = Data()
  private let readers = DispatchGroup()

  /// Starts `scorecard` with the arguments in `directory`.
  public init(_ arguments: [String], directory: URL = Fixtures.packageRoot) throws {
    process.executableURL = CommandRunner.binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    process.standardInput = input
    try process.run()
    readers.enter()
    DispatchQueue.global().async { [self] in
      while true {
        let chunk = outputPipe.fileHandleForReading.availableData
        condition.lock()
        if chunk.isEmpty { outputEnded = true } else { output.append(chunk) }
        condition.broadcast()
        condition.unlock()
        if chunk.isEmpty { break }
      }
      readers.leave()
    }
    readers.enter()
    DispatchQueue.global().async { [self] in
      let data = errorPipe.fileHandleForReading.readDataToEndOfFile()
      condition.lock()
      errorData = data
      condition.unlock()
      readers.leave()
    }
  }

  /// Waits until standard output contains `text` (counting from the start).
  /// - Parameter timeout: Seconds to wait at most, so a broken program fails
  ///   the test instead of hanging it.
  /// - Returns: `false` when the output ended or the time ran out first.
  public func waitForOutput(containing text: String, timeout: TimeInterval = 120) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    condition.lock()
    defer { condition.unlock() }
    while !String(decoding: output, as: UTF8.self).contains(text) {
      if outputEnded || !condition.wait(until: deadline) { return false }
    }
    return true
  }

  /// Types `text` on standard input.
  public func send(_ text: String) {
    input.fileHandleForWriting.write(Data(text.utf8))
  }

  /// Sends SIGINT, as Ctrl-C in a terminal does.
  public func interrupt() {
    kill(process.processIdentifier, SIGINT)
  }

  /// Closes standard input, waits for the program to end, and returns what it printed.
  public func finish() throws -> CommandRunner.Result {
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    readers.wait()
    condition.lock()
    defer { condition.unlock() }
    return CommandRunner.Result(
      stdout: String(decoding: output, as: UTF8.self),
      stderr: String(decoding: errorData, as: UTF8.self), status: process.terminationStatus)
  }
}
