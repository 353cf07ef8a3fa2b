/// How the HTML reader treats each element of a web page.
///
/// Left out: the page's head, scripts, styles, `noscript`, `template`,
/// navigation, headers, footers, asides, forms and their controls, embedded
/// media, hidden elements (`hidden`, `aria-hidden="true"`), elements whose
/// ARIA role is navigation, banner, contentinfo, complementary or search, and
/// cookie banners: any element whose `id` or `class` contains "cookie",
/// "consent" or "banner". Inside a page's `main` or `article` a `header` is
/// the article's own (its title), and is read. `h1`–`h6` are headings by
/// their number alone, so the heading path follows the numbers however deeply
/// the page nests its `div`s; so is an element with `role="heading"` by its
/// `aria-level` (2 when absent). Paragraphs, list items and table cells are
/// read as in XHTML.
struct HTMLRules: XMLSchemaRules {
  /// Whether the content being read is a `main` or `article` element, whose
  /// headers belong to it rather than to the site.
  var readsHeaders = false

  /// The role of an element.
  func role(of element: XMLElementNode, in context: XMLRoleContext) -> XMLElementRole {
    if readsHeaders, element.localName == "header", !Self.hasBannerMarks(element) {
      return context.inBlock ? .inline : .transparent
    }
    if Self.isBoilerplate(element) { return .skip }
    let name = element.localName.lowercased()
    if let level = Self.headingLevel(name) { return .heading(subrank: level) }
    if element.attribute("role")?.lowercased() == "heading" {
      let level = element.attribute("aria-level").flatMap { Int($0) } ?? 2
      return .heading(subrank: min(max(level, 1), 9))
    }
    if Self.containers.contains(name) { return context.inBlock ? .inline : .transparent }
    switch GenericXMLRules().role(of: element, in: context) {
    case .section: return .transparent
    case .heading: return context.inBlock ? .inline : .transparent
    case let role: return role
    }
  }

  /// The level of an `h1`–`h6` element, or `nil`.
  static func headingLevel(_ name: String) -> Int? {
    guard name.count == 2, name.first == "h", let level = name.last?.wholeNumberValue,
      (1...6).contains(level)
    else { return nil }
    return level
  }

  /// Whether the element, and everything in it, is not the page's content.
  static func isBoilerplate(_ element: XMLElementNode) -> Bool {
    let name = element.localName.lowercased()
    if skipped.contains(name) { return true }
    if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" {
      return true
    }
    return hasBannerMarks(element)
  }

  /// Whether an ARIA role, `id` or `class` marks the element as not content.
  private static func hasBannerMarks(_ element: XMLElementNode) -> Bool {
    if let role = element.attribute("role")?.lowercased(), skippedRoles.contains(role) {
      return true
    }
    let marks = ((element.attribute("id") ?? "") + " " + (element.attribute("class") ?? ""))
      .lowercased()
    return bannerWords.contains { marks.contains($0) }
  }

  private static let skipped: Set<String> = [
    "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "form", "button", "input", "select", "textarea", "iframe", "object", "embed", "canvas",
    "svg", "math", "video", "audio", "img", "picture", "map", "dialog", "title", "link", "meta",
  ]

  private static let skippedRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
  ]

  private static let bannerWords = ["cookie", "consent", "banner"]

  /// Wrappers whose children are read in turn.
  private static let containers: Set<String> = [
    "html", "body", "main", "article", "section", "div", "center", "ul", "ol", "dl", "table",
    "thead", "tbody", "tfoot", "tr", "details", "summary", "hgroup",
  ]
}
