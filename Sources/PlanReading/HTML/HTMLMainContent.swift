/// Finds the main content of a web page: the part a reader came for, without
/// the site's menus, banners and footers.
///
/// The first `main` element wins; then the `article` with the most text (an
/// only one, usually); then the first element with `role="main"`; else the
/// densest text block: starting from `body`, the reader steps into the child
/// that holds at least 80% of the page's text, as long as there is one. Text
/// inside links does not count, so a menu built of plain `div`s weighs
/// nothing. Boilerplate (see ``HTMLRules``) is never chosen and never counted.
enum HTMLMainContent {
  /// The chosen element and its element path (`/html/body/div[2]/main`).
  struct Selection {
    /// The element whose content is read.
    var element: XMLElementNode
    /// Its path from the root.
    var path: String
  }

  /// The share of the page's text a child must hold for the reader to step
  /// into it.
  private static let densityShare = 0.8

  /// Selects the main content of the page under `root` (the `html` element).
  static func select(in root: XMLElementNode) -> Selection {
    let rootSelection = Selection(element: root, path: "/" + root.localName)
    if let main = first(in: rootSelection, where: { $0.localName == "main" }).first {
      return main
    }
    let articles = first(in: rootSelection, where: { $0.localName == "article" })
    if let article = articles.max(by: { textLength($0.element) < textLength($1.element) }) {
      return article
    }
    if let main = first(in: rootSelection, where: { $0.attribute("role")?.lowercased() == "main" })
      .first
    {
      return main
    }
    var current =
      first(in: rootSelection, where: { $0.localName == "body" }).first ?? rootSelection
    let total = Double(textLength(current.element))
    while total > 0 {
      var paths = SiblingPaths(of: current.element, path: current.path)
      let children = current.element.childElements.map { child in
        Selection(element: child, path: paths.next(child))
      }
      guard
        let best = children.filter({ steppable.contains($0.element.localName) })
          .max(by: { textLength($0.element) < textLength($1.element) }),
        Double(textLength(best.element)) >= densityShare * total
      else { break }
      current = best
    }
    return current
  }

  /// Elements the density search may step into.
  private static let steppable: Set<String> = ["div", "section", "article", "main", "center"]

  /// The outermost elements that match, in document order, outside boilerplate.
  private static func first(
    in selection: Selection, where predicate: (XMLElementNode) -> Bool
  ) -> [Selection] {
    if HTMLRules.isBoilerplate(selection.element) { return [] }
    if predicate(selection.element) { return [selection] }
    var paths = SiblingPaths(of: selection.element, path: selection.path)
    var found: [Selection] = []
    for child in selection.element.childElements {
      found += first(in: Selection(element: child, path: paths.next(child)), where: predicate)
    }
    return found
  }

  /// The number of non-space characters of text in the element, leaving out
  /// boilerplate and link text.
  static func textLength(_ element: XMLElementNode) -> Int {
    guard !HTMLRules.isBoilerplate(element), element.localName != "a" else { return 0 }
    var length = 0
    for content in element.children {
      switch content {
      case .text(let text): length += text.unicodeScalars.count { !$0.properties.isWhitespace }
      case .element(let child): length += textLength(child)
      case .entityReference: break
      }
    }
    return length
  }
}
