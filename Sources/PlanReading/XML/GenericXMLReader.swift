/// Reads any well-formed XML.
///
/// The text of block-level elements comes in document order, headings from
/// title-like elements, and any element that holds text of its own becomes a
/// paragraph. The schema readers fall back on its rules for elements they do
/// not know.
enum GenericXMLReader: XMLSchemaReader {
  /// Reads the blocks, and the title and language the document declares.
  static func read(_ document: consuming XMLDocumentTree, locator: SourceColumnLocator)
    -> XMLSchemaReading
  {
    var metadata = DeclaredMetadata()
    metadata.title = title(of: document.root)
    metadata.language = language(of: document.root)
    metadata.kind = metadata.title.flatMap(DocumentKind.init(label:))
    let blocks = XMLBlockWalker.blocks(
      taking: &document.root, rules: GenericXMLRules(), locator: locator,
      capacity: document.textCount)
    return XMLSchemaReading(blocks: blocks, metadata: metadata)
  }

  /// The title an XHTML `head`, a Dublin Core `title`, or a `title`/`titel`
  /// child of the root declares.
  private static func title(of root: XMLElementNode) -> String? {
    let candidates =
      root.descendants { element in
        switch element.localName {
        case "title":
          return element.namespaceURI == XMLNamespace.xhtml
            || element.namespaceURI?.hasPrefix("http://purl.org/dc/") == true
        default: return false
        }
      } + root.childElements.filter { ["title", "titel"].contains($0.localName.lowercased()) }
    return candidates.lazy.map(\.collapsedText).first { !$0.isEmpty }
  }

  /// The language `xml:lang` or `lang` on the root declares.
  static func language(of root: XMLElementNode) -> PlanLanguage? {
    let declared = root.attributes.first { $0.localName == "lang" }?.value
    return declared.flatMap(PlanLanguage.init(label:))
  }
}

/// The element roles of the generic reader, by lower-cased local name.
struct GenericXMLRules: XMLSchemaRules {
  /// The role of an element, by its local name (see the table below).
  func role(of element: XMLElementNode, in context: XMLRoleContext) -> XMLElementRole {
    if let namespace = element.namespaceURI, XMLNamespace.isGeometry(namespace) {
      return .skip
    }
    let name = element.localName.lowercased()
    let isXHTML = element.namespaceURI == XMLNamespace.xhtml
    if isXHTML && (name == "head" || name == "nav") {
      return .skip
    }
    if let role = Self.roles[name] {
      return role
    }
    if name.count == 2, name.first == "h", let level = name.last?.wholeNumberValue,
      (1...6).contains(level)
    {
      return .heading(subrank: level)
    }
    if name == "div", !isXHTML, element.childElements.contains(where: Self.isHeading) {
      return .section
    }
    return context.inBlock ? .inline : .transparent
  }

  private static func isHeading(_ element: XMLElementNode) -> Bool {
    let name = element.localName.lowercased()
    return roles[name] == .heading(subrank: 0) || (name.count == 2 && name.hasPrefix("h"))
  }

  private static let roles: [String: XMLElementRole] = {
    var roles: [String: XMLElementRole] = [:]
    let table: [(XMLElementRole, [String])] = [
      (
        .skip,
        [
          "script", "style", "meta", "noscript", "template", "svg", "math", "colspec",
          "object", "iframe", "img",
        ]
      ),
      (
        .inline,
        [
          "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data",
          "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small",
          "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
          "nadruk", "extref", "intref", "emphasis", "link", "ulink", "xref", "phrase",
          "quote", "foreignphrase", "inf", "label", "nr", "nummer",
        ]
      ),
      (.heading(subrank: 0), ["title", "titel", "opschrift", "heading", "head", "kop"]),
      (.heading(subrank: 1), ["subtitle", "subtitel", "tussenkop"]),
      (
        .block(.paragraph),
        [
          "p", "para", "simpara", "al", "alinea", "paragraph", "pre",
          "address", "dt", "dd", "caption", "figcaption", "blockquote",
        ]
      ),
      (.item(.listItem), ["li", "item", "listitem"]),
      (.item(.tableCell), ["td", "th", "entry", "cell", "cel"]),
      (
        .section,
        [
          "section", "sect1", "sect2", "sect3", "sect4", "sect5", "sectie", "chapter",
          "hoofdstuk", "paragraaf", "artikel", "appendix", "bijlage",
        ]
      ),
      (.note, ["note", "footnote", "noot"]),
      (.figure, ["figure", "figuur", "illustratie"]),
      (.definition, ["begrip", "definitie-item"]),
      (.prefix, ["li.nr", "linummer", "lidnr", "lidnummer"]),
    ]
    for (role, names) in table {
      for name in names { roles[name] = role }
    }
    return roles
  }()
}
