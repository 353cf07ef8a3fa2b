import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import WebApp

@Suite("The results view of a batch output folder")
struct ResultsRouteTests {
  /// A small batch output folder, a secret file beside it, and a link out.
  private static func makeFolder() throws -> (root: URL, results: URL) {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("webapp-results-\(UUID().uuidString)")
    let results = root.appendingPathComponent("out")
    let plans = results.appendingPathComponent("plans")
    try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
    try Data().write(to: results.appendingPathComponent("results.jsonl"))
    try Data(
      "<html><head><style>\nbody { color: red; }\n</style></head><body><p style=\"max-width:760px\">ranking</p></body></html>"
        .utf8
    )
    .write(to: results.appendingPathComponent("index.html"))
    try Data("<p>card</p>".utf8).write(to: plans.appendingPathComponent("a.md.html"))
    try Data("{}".utf8).write(to: results.appendingPathComponent(".cache.json"))
    try Data("secret".utf8).write(to: root.appendingPathComponent("secret.html"))
    try FileManager.default.createSymbolicLink(
      at: plans.appendingPathComponent("link.html"),
      withDestinationURL: root.appendingPathComponent("secret.html"))
    return (root, results)
  }

  @Test("the index and a plan's card are served, inline CSS allowed by its hash only")
  func servesReports() async throws {
    let (root, results) = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try await Web.test(WebAppConfiguration(resultsFolder: results)) { client in
      let index = try await client.execute(uri: "/results/", method: .get)
      #expect(index.status == .ok)
      #expect(String(buffer: index.body).contains("ranking"))
      let csp = try #require(index.headers[.contentSecurityPolicy])
      // SHA-256 of "\nbody { color: red; }\n" and of "max-width:760px".
      #expect(csp.contains("'sha256-6BtAJHRccEFconKgYZxx3ALoONCc3uWtAQ7oTAu9LLs='"))
      #expect(csp.contains("'unsafe-hashes' 'sha256-eH1d9x7twj9LL7Mgo/5UnyvqpyPyq202cEN4Kxuctuo='"))
      #expect(!csp.contains("unsafe-inline"))
      let card = try await client.execute(uri: "/results/plans/a.md.html", method: .get)
      #expect(card.status == .ok)
      let overview = try await client.execute(uri: "/results", method: .get)
      #expect(overview.status == .ok)
      #expect(String(buffer: overview.body).contains("/results/index.html"))
    }
  }

  @Test(
    "paths out of the folder, hidden files and links out are refused",
    arguments: [
      "/results/../secret.html", "/results/%2e%2e/secret.html",
      "/results/plans/%2e%2e%2f%2e%2e%2fsecret.html",
      "/results/.cache.json", "/results/plans/link.html", "/results/..%5csecret.html",
      "/results/%252e%252e/secret.html", "/results/plans", "/results/results.exe",
    ])
  func refusesTraversal(path: String) async throws {
    let (root, results) = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try await Web.test(WebAppConfiguration(resultsFolder: results)) { client in
      let response = try await client.execute(uri: path, method: .get)
      #expect(response.status == .notFound, "\(path)")
      #expect(!String(buffer: response.body).contains("secret"))
    }
  }

  @Test("without --results there is no results view")
  func noResults() async throws {
    try await Web.test { client in
      let response = try await client.execute(uri: "/results/index.html", method: .get)
      #expect(response.status == .notFound)
    }
  }
}
