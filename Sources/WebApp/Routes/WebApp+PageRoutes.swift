import Hummingbird
import Reporting

extension WebApp {
  /// `/`, `/healthz` (GET and HEAD, for a proxy's health check) and the two style sheets.
  func addPageRoutes(to router: Router<BasicRequestContext>) {
    router.get("/") { request, _ -> Response in
      let language = self.language(of: request)
      let strings = WebStrings(language: language)
      let body = HomePage(strings: strings, maxBytes: self.configuration.maxBytes).body
      return self.page(strings.homeTitle, body, language: language)
    }
    router.get("/healthz") { _, _ -> Response in
      Self.response("ok\n", type: "text/plain; charset=utf-8")
    }
    router.head("/healthz") { _, _ -> Response in
      Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"])
    }
    router.get("/static/card.css") { _, _ -> Response in
      Self.response(
        HTMLRenderer.styleSheet, type: "text/css; charset=utf-8",
        headers: [.cacheControl: "public, max-age=3600"])
    }
    router.get("/static/site.css") { _, _ -> Response in
      Self.response(
        SiteStyle.css, type: "text/css; charset=utf-8",
        headers: [.cacheControl: "public, max-age=3600"])
    }
  }
}
