import Foundation
import Hummingbird
import Logging
import PlanReading

/// The web page for residents (`scorecard serve`): score a plan, judge it
/// yourself, and browse a batch's results, on a local HTTP server.
///
/// The server keeps no state between requests (the plan travels in hidden
/// form fields), so several instances can stand behind one reverse proxy.
/// Every page works without JavaScript and loads nothing from elsewhere.
public struct WebApp: Sendable {
  /// Where it listens, its limits and its folders.
  public let configuration: WebAppConfiguration
  /// Bounds how many uploads are scored at once.
  let gate: ScoringGate
  /// The batch output folder shown under `/results/`, if any.
  let results: ResultsFolder?

  /// Creates the app.
  public init(configuration: WebAppConfiguration) {
    self.configuration = configuration
    self.gate = ScoringGate(limit: configuration.maxConcurrentScorings)
    self.results = configuration.resultsFolder.map(ResultsFolder.init)
  }

  /// The HTTP application, ready to run or to test in process.
  /// - Parameter onRunning: Called with the port once the server listens.
  public func makeApplication(
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    let router = Router()
    let app = self
    router.add(
      middleware: SecurityHeaders { error, request in
        app.errorResponse(error, language: app.language(of: request))
      })
    addPageRoutes(to: router)
    addPlanRoutes(to: router)
    addResultsRoutes(to: router)
    var logger = Logger(label: "scorecard-serve")
    logger.logLevel = .warning
    return Application(
      router: router,
      server: .http1(configuration: .init(idleTimeout: .seconds(30))),
      configuration: .init(
        address: .hostname(configuration.host, port: configuration.port),
        serverName: nil),
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
      logger: logger)
  }

  /// Runs the server until Ctrl-C or SIGTERM, then lets running requests finish.
  /// - Parameter onRunning: Called with the port once the server listens.
  public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
    try await makeApplication(onRunning: onRunning).runService()
  }

  // MARK: - Shared by the routes

  /// The page language a request asks for with `?lang=en`; Dutch otherwise.
  func language(of request: Request) -> PlanLanguage {
    request.uri.queryParameters.get("lang") == "en" ? .en : .nl
  }

  /// An HTML page in the site's frame.
  func page(
    _ title: String, _ body: String, language: PlanLanguage, path: String = "/",
    status: HTTPResponse.Status = .ok
  ) -> Response {
    let frame = SitePage(language: language, path: path, hasResults: results != nil)
    return Self.response(
      frame.document(title: title, body: body), type: "text/html; charset=utf-8", status: status)
  }

  /// The page for an error.
  func errorResponse(_ error: WebError, language: PlanLanguage) -> Response {
    let strings = WebStrings(language: language)
    var shown = error
    if case .tooLarge = error { shown = .tooLarge(limit: configuration.maxBytes) }
    let body = ErrorPage(strings: strings, error: shown, maxBytes: configuration.maxBytes).body
    return page(strings.errorTitle, body, language: language, status: error.status)
  }

  /// A response with a body of text.
  static func response(
    _ text: String, type: String, status: HTTPResponse.Status = .ok,
    headers extra: HTTPFields = [:]
  ) -> Response {
    var headers: HTTPFields = [.contentType: type]
    headers.append(contentsOf: extra)
    return Response(
      status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
  }
}
