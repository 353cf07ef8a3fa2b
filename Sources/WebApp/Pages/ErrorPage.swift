import Reporting

/// A page that says what went wrong and what to do.
struct ErrorPage {
  let strings: WebStrings
  let error: WebError
  let maxBytes: Int

  /// The page's main content.
  var body: String {
    let s = strings
    return """
      <h1>\(s.errorTitle.htmlEscaped)</h1>
      <p class="error" role="alert">\(s.explain(error, maxBytes: maxBytes).htmlEscaped)</p>
      <p><a href="/?lang=\(s.language.rawValue)">\(s.tryAgain.htmlEscaped)</a></p>
      """
  }
}
