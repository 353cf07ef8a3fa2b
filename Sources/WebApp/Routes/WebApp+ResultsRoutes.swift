import Batch
import Foundation
import Hummingbird
import PlanReading
import Reporting

extension WebApp {
  /// `/results/…` (the files of a batch output folder) and `/compare` (the
  /// comparison with the baseline folder), when a results folder is configured.
  func addResultsRoutes(to router: Router<BasicRequestContext>) {
    guard let results else { return }
    router.get("/results") { request, _ -> Response in
      // `/results/` is the batch's own index page; `/results` the overview.
      if request.uri.path.hasSuffix("/") { return try self.resultsFile("", in: results) }
      return self.resultsOverview(language: self.language(of: request))
    }
    router.get("/results/**") { request, _ -> Response in
      let prefix = "/results/"
      let path = request.uri.path
      return try self.resultsFile(
        path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : "", in: results)
    }
    router.get("/compare") { request, _ -> Response in
      guard let baseline = self.configuration.baselineFolder,
        let current = self.configuration.resultsFolder
      else { throw WebError.notFound }
      let language = self.language(of: request)
      let comparison: EditionComparison
      do {
        comparison = EditionComparison(
          baseline: try BatchResults.load(baseline), current: try BatchResults.load(current))
      } catch {
        throw WebError.badForm(error.localizedDescription)
      }
      let html = EditionComparisonRenderer(language: language).render(comparison, as: .html)
      return Self.response(
        html, type: "text/html; charset=utf-8",
        headers: [.contentSecurityPolicy: ResultsFolder.contentSecurityPolicy(forPage: html)])
    }
  }

  /// A file of the batch output folder, or ``WebError/notFound``.
  private func resultsFile(_ relative: String, in results: ResultsFolder) throws -> Response {
    guard let file = results.file(at: relative),
      let data = FileManager.default.contents(atPath: file.url.path)
    else { throw WebError.notFound }
    var headers: HTTPFields = [.contentType: file.contentType]
    if file.contentType.hasPrefix("text/html") {
      headers[.contentSecurityPolicy] = ResultsFolder.contentSecurityPolicy(
        forPage: String(decoding: data, as: UTF8.self))
    }
    return Response(
      status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }

  /// The overview of the results: the ranking, the comparison and the data files.
  private func resultsOverview(language: PlanLanguage) -> Response {
    let s = WebStrings(language: language)
    var links = "<li><a href=\"/results/index.html\">\(s.openRanking.htmlEscaped)</a></li>\n"
    if configuration.baselineFolder != nil {
      links += "<li><a href=\"/compare?lang=\(language.rawValue)\">"
      links += "\(s.openComparison.htmlEscaped)</a></li>\n"
    }
    var files = ""
    for name in ["summary.csv", "results.jsonl"] where results?.file(at: name) != nil {
      files += "<li><a href=\"/results/\(name)\" download>\(name)</a></li>\n"
    }
    var body =
      "<h1>\(s.resultsTitle.htmlEscaped)</h1>\n<p class=\"lead\">\(s.resultsIntro.htmlEscaped)</p>\n"
    body += "<ul class=\"links\">\n\(links)</ul>\n"
    if !files.isEmpty { body += "<h2>\(s.downloads.htmlEscaped)</h2>\n<ul>\n\(files)</ul>\n" }
    return page(s.resultsTitle, body, language: language, path: "/results")
  }
}
