import Foundation
import TestSupport
import Testing

@Suite("scorecard serve")
struct ServeCommandTests {
  @Test("--port 0 prints the address, answers /healthz and stops on Ctrl-C")
  func startsAndStops() throws {
    let session = try CommandSession(["serve", "--port", "0"])
    #expect(session.waitForOutput(containing: "(Ctrl-C stops)"))
    session.interrupt()
    let result = try session.finish()
    #expect(result.status == 0)
    let address = try #require(
      result.stdout.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//), "no address printed")
    #expect(Int(address.1) ?? 0 > 0)
  }

  @Test("a non-loopback address prints a warning")
  func warnsOffLoopback() throws {
    let session = try CommandSession(["serve", "--host", "0.0.0.0", "--port", "0"])
    #expect(session.waitForOutput(containing: "(Ctrl-C stops)"))
    session.interrupt()
    let result = try session.finish()
    #expect(result.stderr.contains("warning: listening on 0.0.0.0"))
  }

  @Test(
    "bad folders and ports are usage errors",
    arguments: [
      (["serve", "--results", "/nonexistent/results"], "is not a batch output folder"),
      (["serve", "--port", "70000"], "is not a port"),
      (["serve", "--data", "/nonexistent/data"], "is not a writable folder"),
    ])
  func usageErrors(arguments: [String], message: String) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message))
  }
}
