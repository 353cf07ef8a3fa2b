import HTTPTypes
import Hummingbird

/// Adds the security headers to every response, error pages included, and
/// turns errors no route caught (an unknown path, say) into a page.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
  /// The policy of every page: nothing loads but the site's own style sheets,
  /// forms go only to this site, and no other site may frame it.
  static var contentSecurityPolicy: String {
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'"
  }

  /// Renders an error page for errors the routes did not handle.
  let errorPage: @Sendable (WebError, Request) -> Response

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as WebError {
      response = errorPage(error, request)
    } catch let error as HTTPError where error.status == .notFound {
      response = errorPage(.notFound, request)
    } catch let error as HTTPError where error.status == .contentTooLarge {
      response = errorPage(.tooLarge(limit: 0), request)
    }
    if response.headers[.contentSecurityPolicy] == nil {
      response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
    }
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[.referrerPolicy] = "no-referrer"
    response.headers[.xFrameOptions] = "DENY"
    response.headers[.crossOriginOpenerPolicy] = "same-origin"
    if response.headers[.cacheControl] == nil {
      response.headers[.cacheControl] = "no-store"
    }
    return response
  }
}

extension HTTPField.Name {
  /// `Referrer-Policy`.
  static var referrerPolicy: Self { named("Referrer-Policy") }
  /// `X-Frame-Options`, for browsers that do not know `frame-ancestors`.
  static var xFrameOptions: Self { named("X-Frame-Options") }
  /// `Cross-Origin-Opener-Policy`.
  static var crossOriginOpenerPolicy: Self { named("Cross-Origin-Opener-Policy") }

  /// A header name written in this file; each is a valid token, so the
  /// fallback is never used.
  private static func named(_ name: String) -> Self {
    Self(name) ?? .contentSecurityPolicy
  }
}
