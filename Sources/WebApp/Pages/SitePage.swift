import PlanReading
import Reporting

/// The frame of every page the web app makes: the two served style sheets
/// (no inline CSS, no scripts), a skip link, the site header with the
/// language switch, and the main content.
struct SitePage {
  /// The language of the page.
  let language: PlanLanguage
  /// The path of this page, for the link to the same page in the other language.
  var path: String = "/"
  /// Whether a batch results folder is served (adds a link to it).
  var hasResults: Bool = false

  /// A whole HTML document.
  /// - Parameters:
  ///   - title: The page title, plain text (escaped here).
  ///   - body: The main content's HTML; every text in it must already be escaped.
  func document(title: String, body: String) -> String {
    let s = WebStrings(language: language)
    let other = "\(path)?lang=\(s.otherLanguageCode)"
    var nav = "<a href=\"/?lang=\(language.rawValue)\">\(s.homeLink.htmlEscaped)</a>"
    if hasResults {
      nav += " <a href=\"/results?lang=\(language.rawValue)\">\(s.resultsLink.htmlEscaped)</a>"
    }
    nav += " <a href=\"\(other.htmlEscaped)\" lang=\"\(s.otherLanguageCode)\">"
    nav += "\(s.otherLanguage.htmlEscaped)</a>"
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(title.htmlEscaped) · \(s.siteName.htmlEscaped)</title>
      <link rel="stylesheet" href="/static/card.css">
      <link rel="stylesheet" href="/static/site.css">
      </head>
      <body>
      <a class="skip" href="#main">\(s.skipToContent.htmlEscaped)</a>
      <header class="site"><p class="site-name">\(s.siteName.htmlEscaped)</p>
      <nav aria-label="menu">\(nav)</nav></header>
      <main id="main">
      \(body)
      </main>
      <footer class="site">\(s.footer.htmlEscaped)</footer>
      </body>
      </html>

      """
  }
}
