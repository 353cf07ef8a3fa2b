/// A parsed XML document as plain Swift values, with no libxml2 type in sight.
///
/// `LibXML2Parser` builds it and frees the C document before returning, so the
/// schema readers work on this tree only.
struct XMLDocumentTree: Sendable {
  /// The root element.
  var root: XMLElementNode
  /// The entities the document type's internal subset declares, written as
  /// they are referenced (`&name;`, `%name;`); empty for almost every real plan.
  var declaredEntities: [String]
  /// Whether the parser saw a reference to an entity in element content;
  /// when `false` no element holds an ``XMLContent/entityReference(name:)``,
  /// so there is no need to look for one.
  var referencesEntities: Bool
  /// The encoding named in the XML declaration (`encoding="…"`), if any.
  var declaredEncoding: String?
  /// How many text nodes hold more than white space: at least as many as
  /// the blocks made from the document (each block's text starts in a text
  /// node of its own), so the walker can make room for them at once; 0 when
  /// not counted.
  var textCount = 0
}

/// One element: its name, attributes, content and where it starts.
struct XMLElementNode: Sendable {
  /// The namespace URI, or `nil` for an element in no namespace.
  var namespaceURI: String?
  /// The prefix the source used (`tekst` in `tekst:Al`); only for finding the
  /// column in the source, never for matching.
  var prefix: String?
  /// The local name (`Al` in `tekst:Al`).
  var localName: String
  /// The attributes in source order.
  var attributes: [XMLAttribute]
  /// The content in source order.
  var children: [XMLContent]
  /// The line libxml2 reports for the element (the line where its start tag ends).
  var line: Int
  /// How many earlier elements with the same qualified name libxml2 reports on
  /// the same line; finds the right `<name` when a line holds several.
  var ordinalOnLine: Int
}

/// An attribute, its value with character references resolved and entity
/// references left out.
struct XMLAttribute: Sendable, Equatable {
  /// The namespace URI (`http://www.w3.org/XML/1998/namespace` for `xml:lang`).
  var namespaceURI: String?
  /// The local name.
  var localName: String
  /// The value.
  var value: String
}

/// One piece of element content.
enum XMLContent: Sendable {
  /// A child element, boxed: a parent's array of content holds one pointer
  /// per child, not the element's record, so a section of a million
  /// paragraphs keeps 16 bytes per child in that array (80 unboxed) and grows
  /// it without copying the records.
  indirect case element(XMLElementNode)
  /// Character data (text or CDATA).
  case text(String)
  /// A reference to an entity, kept by name and never expanded.
  case entityReference(name: String)
}

// MARK: - Taking the tree apart

extension XMLElementNode {
  /// The content, moved out of the element, which is left without any; the
  /// rest of the element (name, attributes, line) stays.
  mutating func takeChildren() -> [XMLContent] {
    let children = self.children
    self.children = []
    return children
  }
}

extension XMLContent {
  /// The child element, moved out and replaced by empty text; `nil` (and
  /// nothing changed) for text or an entity reference.
  mutating func takeElement() -> XMLElementNode? {
    guard case .element(let element) = self else { return nil }
    self = .text("")
    return element
  }
}

// MARK: - Queries

extension XMLElementNode {
  /// The name as written in the source: `prefix:local` or `local`.
  var qualifiedName: String {
    prefix.map { "\($0):\(localName)" } ?? localName
  }

  /// The child elements, in order.
  var childElements: [XMLElementNode] {
    children.compactMap {
      if case .element(let element) = $0 { return element }
      return nil
    }
  }

  /// The value of the first attribute with this local name, in any namespace.
  func attribute(_ localName: String) -> String? {
    attributes.first { $0.localName == localName }?.value
  }

  /// The value of the first attribute whose local name is one of `names`,
  /// tried in the order given.
  func attribute(anyOf names: [String]) -> String? {
    names.lazy.compactMap { self.attribute($0) }.first
  }

  /// The first child element with this local name.
  func child(_ localName: String) -> XMLElementNode? {
    childElements.first { $0.localName == localName }
  }

  /// Every element in the subtree (this one included) that matches, in
  /// document order.
  func descendants(where predicate: (XMLElementNode) -> Bool) -> [XMLElementNode] {
    var found: [XMLElementNode] = []
    forEachElement { if predicate($0) { found.append($0) } }
    return found
  }

  /// Calls `body` for every element in the subtree (this one included), in
  /// document order, without descending into elements whose local name is in
  /// `pruned`.
  func forEachElement(pruning pruned: Set<String> = [], _ body: (XMLElementNode) -> Void) {
    body(self)
    guard !pruned.contains(localName) else { return }
    for case .element(let child) in children {
      child.forEachElement(pruning: pruned, body)
    }
  }

  /// The text of the element's own text children only, not of its child
  /// elements (the text of a Word `w:t`).
  var ownText: String {
    children.reduce(into: "") { text, content in
      if case .text(let value) = content { text += value }
    }
  }

  /// All character data in the subtree, white space collapsed; entity
  /// references count as a space.
  var collapsedText: String {
    var text = ""
    appendText(to: &text)
    return text.collapsingXMLWhiteSpace()
  }

  private func appendText(to text: inout String) {
    for content in children {
      switch content {
      case .text(let value): text += value
      case .entityReference: text += " "
      case .element(let element): element.appendText(to: &text)
      }
    }
  }
}
