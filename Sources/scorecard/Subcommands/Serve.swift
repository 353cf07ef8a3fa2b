import ArgumentParser
import Batch
import Foundation
import WebApp

extension ScorecardCommand {
  /// `scorecard serve`: the web page for residents on a local HTTP server.
  struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Start the web page for residents: score a plan, judge it yourself, see results.",
      discussion: """
        Listens on 127.0.0.1:8080 unless told otherwise (--port 0 picks a free port) and \
        prints the address. Ctrl-C or SIGTERM stops it after the requests in progress. \
        Nothing that is sent is kept, unless --data names a folder for finished assessments. \
        Listening on another address than loopback prints a warning: put a reverse proxy with \
        TLS in front (see the README).

        Exit codes: 0 stopped; 2 usage error (bad folder, port in use).
        """
    )

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on (0: a free port).")
    var port: Int = 8080

    @Option(help: "The largest upload, in bytes.")
    var maxBytes: Int = 50_000_000

    @Option(help: "A batch output folder to show under /results.")
    var results: String?

    @Option(help: "An earlier batch output folder to compare --results with.")
    var baseline: String?

    @Option(help: "A folder to keep finished assessments in (default: keep nothing).")
    var data: String?

    @Option(help: "Uploads scored at the same time (default: one per core, at least 2).")
    var jobs: Int?

    func validate() throws {
      guard (0...65535).contains(port) else {
        throw ValidationError("--port \(port) is not a port; give 0 to 65535.")
      }
      guard maxBytes > 0 else { throw ValidationError("--max-bytes must be more than 0.") }
      if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more.") }
      if let results, !BatchResults.isBatchOutput(URL(fileURLWithPath: results)) {
        throw ValidationError(
          "--results \(results) is not a batch output folder (no results.jsonl).")
      }
      if let baseline {
        guard results != nil else { throw ValidationError("--baseline needs --results.") }
        guard BatchResults.isBatchOutput(URL(fileURLWithPath: baseline)) else {
          throw ValidationError(
            "--baseline \(baseline) is not a batch output folder (no results.jsonl).")
        }
      }
      if let data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data, isDirectory: &isFolder),
          isFolder.boolValue, FileManager.default.isWritableFile(atPath: data)
        else {
          throw ValidationError("--data \(data) is not a writable folder; create it first.")
        }
      }
    }

    func run() async throws {
      var settings = WebAppConfiguration(
        host: host, port: port, maxBytes: maxBytes,
        resultsFolder: results.map { URL(fileURLWithPath: $0) },
        baselineFolder: baseline.map { URL(fileURLWithPath: $0) },
        dataFolder: data.map { URL(fileURLWithPath: $0) })
      if let jobs { settings.maxConcurrentScorings = jobs }
      if !settings.listensOnLoopbackOnly {
        Console.error(
          "warning: listening on \(host), reachable from other machines; put a reverse proxy "
            + "with TLS and an upload limit in front (see the README).")
      }
      let host = self.host
      do {
        try await WebApp(configuration: settings).run { port in
          let shown = host.contains(":") ? "[\(host)]" : host
          let line = "scorecard serve: http://\(shown):\(port)/ (Ctrl-C stops)\n"
          FileHandle.standardOutput.write(Data(line.utf8))
        }
      } catch {
        Console.error("cannot serve on \(host):\(port): \(error.localizedDescription)")
        throw ExitCode(ExitStatus.usage)
      }
    }
  }
}
