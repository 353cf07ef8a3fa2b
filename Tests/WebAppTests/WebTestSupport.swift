import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PlanReading
import Scoring
import TestSupport
import WebApp

/// A multipart/form-data body as a browser sends it.
struct MultipartBody {
  static let boundary = "----scorecard-test-boundary"
  private var bytes = Data()

  mutating func field(_ name: String, _ value: String) {
    bytes += Data(
      "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n".utf8)
    bytes += Data(value.utf8) + Data("\r\n".utf8)
  }

  mutating func file(_ name: String, fileName: String, _ data: Data) {
    bytes += Data(
      ("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; "
        + "filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n").utf8)
    bytes += data + Data("\r\n".utf8)
  }

  var buffer: ByteBuffer {
    ByteBuffer(bytes: bytes + Data("--\(Self.boundary)--\r\n".utf8))
  }

  static var headers: HTTPFields {
    [.contentType: "multipart/form-data; boundary=\(boundary)"]
  }
}

/// Helpers shared by the route tests.
enum Web {
  /// The bytes of a sample plan in `SamplePlans/`.
  static func sample(_ name: String) throws -> Data {
    try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("SamplePlans/\(name)"))
  }

  static let textPlan = "nl-arnhem-presikhaaf-wijkakkoord-coproductie.md"
  static let xmlPlan = "en-uk-kelsey-bridge-community-hub-asset-transfer.xml"

  /// The card the engine gives the bytes, as the web app must show it.
  static func card(_ data: Data, name: String) throws -> Scorecard {
    let document = try PlanReader().read(data: data, path: name)
    return PlanScorer(rubric: try RubricCatalog.load(nil)).score(document)
  }

  /// Runs `body` against the app in process.
  static func test(
    _ configuration: WebAppConfiguration = WebAppConfiguration(),
    _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
  ) async throws {
    try await WebApp(configuration: configuration).makeApplication().test(.router, body)
  }

  /// Posts a multipart form and returns the response.
  static func post(
    _ client: any TestClientProtocol, _ uri: String, _ form: MultipartBody
  ) async throws -> TestResponse {
    try await client.execute(
      uri: uri, method: .post, headers: MultipartBody.headers, body: form.buffer)
  }

  /// The value of a hidden field in a page.
  static func hiddenValue(_ name: String, in html: String) -> String? {
    guard let start = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
    let rest = html[start.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    return String(rest[..<end])
  }
}
