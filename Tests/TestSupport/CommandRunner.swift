import Foundation

/// Runs the built `scorecard` binary in a subprocess, as a user would.
public enum CommandRunner {
  /// What a run printed and how it ended.
  public struct Result: Sendable {
    /// Standard output.
    public var stdout: String
    /// Standard error.
    public var stderr: String
    /// The exit status.
    public var status: Int32
  }

  /// The built binary, next to the test resources in the build folder.
  public static var binary: URL {
    guard let resources = Bundle.module.resourceURL else {
      preconditionFailure("the TestSupport bundle has no resource URL")
    }
    return resources.deletingLastPathComponent().appendingPathComponent("scorecard")
  }

  /// Runs `scorecard` with the arguments and optional standard input.
  /// - Parameters:
  ///   - arguments: The command-line arguments.
  ///   - stdin: Text to send on standard input (closed when `nil`).
  ///   - environment: Extra environment variables.
  ///   - directory: The working directory (default: the package root).
  public static func run(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
    directory: URL = Fixtures.packageRoot
  ) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    let error = Pipe()
    let input = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large report cannot fill a pipe and block.
    let errorBox = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errorBox.data = error.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      stdout: String(decoding: outputData, as: UTF8.self),
      stderr: String(decoding: errorBox.data, as: UTF8.self), status: process.terminationStatus)
  }
}

/// Holds the bytes read on another thread; written once before `group.wait()`.
private final class DataBox: @unchecked Sendable {
  var data = Data()
}
