import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import WebApp

@Suite("Web pages, headers and static files")
struct PageRouteTests {
  @Test("the start page has a labelled control for every input and the security headers")
  func startPage() async throws {
    try await Web.test { client in
      let response = try await client.execute(uri: "/", method: .get)
      #expect(response.status == .ok)
      let html = String(buffer: response.body)
      #expect(html.contains("<html lang=\"nl\""))
      for id in ["plan", "text", "rubric", "rubric_file"] {
        #expect(html.contains("<label for=\"\(id)\">"), "no label for \(id)")
        #expect(html.contains("id=\"\(id)\""))
      }
      #expect(!html.contains("<script"))
      #expect(!html.contains("<style"))
      #expect(!html.contains("http://") && !html.contains("https://"))
      let csp = try #require(response.headers[.contentSecurityPolicy])
      #expect(csp.contains("default-src 'none'"))
      #expect(csp.contains("style-src 'self';"))
      #expect(!csp.contains("unsafe-inline"))
      #expect(csp.contains("frame-ancestors 'none'"))
      #expect(response.headers[.xContentTypeOptions] == "nosniff")
      #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
    }
  }

  @Test("?lang=en gives the page in English")
  func english() async throws {
    try await Web.test { client in
      let html = String(buffer: try await client.execute(uri: "/?lang=en", method: .get).body)
      #expect(html.contains("<html lang=\"en\""))
      #expect(html.contains("Score this plan"))
    }
  }

  @Test("healthz answers ok and the style sheets are served as CSS")
  func healthAndStatic() async throws {
    try await Web.test { client in
      let health = try await client.execute(uri: "/healthz", method: .get)
      #expect(health.status == .ok)
      #expect(String(buffer: health.body) == "ok\n")
      for path in ["/static/card.css", "/static/site.css"] {
        let css = try await client.execute(uri: path, method: .get)
        #expect(css.status == .ok)
        #expect(css.headers[.contentType]?.hasPrefix("text/css") == true)
        #expect(css.body.readableBytes > 100)
      }
    }
  }

  @Test("an unknown path gives a 404 page with the security headers")
  func notFound() async throws {
    try await Web.test { client in
      let response = try await client.execute(uri: "/no/such/page", method: .get)
      #expect(response.status == .notFound)
      #expect(String(buffer: response.body).contains("Deze pagina bestaat niet"))
      #expect(response.headers[.contentSecurityPolicy] != nil)
      #expect(response.headers[.xContentTypeOptions] == "nosniff")
    }
  }
}
