import Foundation

/// How the web page for residents runs: where it listens, how much it takes
/// in, and which folders it may read or write.
public struct WebAppConfiguration: Sendable {
  /// The host name or address to listen on (loopback by default).
  public var host: String
  /// The port to listen on; 0 lets the system pick a free one.
  public var port: Int
  /// The largest plan (or rubric, or assessment) file taken, in bytes.
  public var maxBytes: Int
  /// A batch output folder to show (ranking, cards, comparison); `nil` for none.
  public var resultsFolder: URL?
  /// An earlier batch output folder to compare ``resultsFolder`` with.
  public var baselineFolder: URL?
  /// A folder to keep finished assessments in; `nil` keeps nothing.
  public var dataFolder: URL?
  /// How many uploads are read and scored at the same time; more wait.
  public var maxConcurrentScorings: Int
  /// How long a request body may take to arrive.
  public var requestTimeout: Duration
  /// How long an upload may wait for a free place to be scored before it
  /// gets "busy, try again" (503).
  public var queueTimeout: Duration

  /// Creates a configuration.
  /// - Parameters:
  ///   - host: The address to listen on (`127.0.0.1`).
  ///   - port: The port (8080; 0 picks a free one).
  ///   - maxBytes: The upload limit in bytes (50 MB, as the command line's default).
  ///   - resultsFolder: A batch output folder to serve, if any.
  ///   - baselineFolder: An earlier batch output folder to compare with, if any.
  ///   - dataFolder: Where finished assessments are kept, if anywhere.
  ///   - maxConcurrentScorings: Uploads handled at once (default: one per core, at least 2).
  ///   - requestTimeout: The time a request body may take to arrive (60 s).
  ///   - queueTimeout: The time an upload may wait for its turn (120 s).
  public init(
    host: String = "127.0.0.1", port: Int = 8080, maxBytes: Int = 50_000_000,
    resultsFolder: URL? = nil, baselineFolder: URL? = nil, dataFolder: URL? = nil,
    maxConcurrentScorings: Int = max(2, ProcessInfo.processInfo.activeProcessorCount),
    requestTimeout: Duration = .seconds(60), queueTimeout: Duration = .seconds(120)
  ) {
    self.host = host
    self.port = port
    self.maxBytes = maxBytes
    self.resultsFolder = resultsFolder
    self.baselineFolder = baselineFolder
    self.dataFolder = dataFolder
    self.maxConcurrentScorings = maxConcurrentScorings
    self.requestTimeout = requestTimeout
    self.queueTimeout = queueTimeout
  }

  /// Whether ``host`` is a loopback address, reachable from this machine only.
  public var listensOnLoopbackOnly: Bool {
    ["127.0.0.1", "::1", "localhost"].contains(host.lowercased()) || host.hasPrefix("127.")
  }

  /// The largest request body taken: a plan of ``maxBytes`` sent again in a
  /// hidden field grows by a third (base64), plus room for the other fields.
  var maxRequestBytes: Int {
    maxBytes / 3 * 4 + 4 + 1_000_000
  }
}
