import CLibXML2

/// Turns the nodes of a web page libxml2's HTML parser built into
/// ``XMLElementNode`` values (XML documents are built from SAX2 events by
/// ``LibXML2SAXTreeBuilder`` instead).
///
/// Counts same-named elements per line on the way (see
/// ``XMLElementNode/ordinalOnLine``).
struct LibXML2TreeBuilder {
  private var seenOnLine: [String: Int] = [:]

  /// Creates a builder for one document.
  init() {}

  /// Converts an element and everything in it.
  mutating func element(_ node: xmlNodePtr) -> XMLElementNode {
    let namespace = node.pointee.ns
    let prefix = namespace?.pointee.prefix.map { String(cString: $0) }
    let localName = node.pointee.name.map { String(cString: $0) } ?? ""
    let line = max(Int(xmlGetLineNo(node)), 1)
    let qualifiedName = prefix.map { "\($0):\(localName)" } ?? localName
    let key = "\(line) \(qualifiedName)"
    let ordinal = seenOnLine[key, default: 0]
    seenOnLine[key] = ordinal + 1
    return XMLElementNode(
      namespaceURI: namespace?.pointee.href.map { String(cString: $0) },
      prefix: prefix, localName: localName, attributes: Self.attributes(of: node),
      children: content(of: node), line: line, ordinalOnLine: ordinal)
  }

  private mutating func content(of node: xmlNodePtr) -> [XMLContent] {
    var content: [XMLContent] = []
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        content.append(.element(element(current)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let text = current.pointee.content {
          content.append(.text(String(cString: text)))
        }
      case XML_ENTITY_REF_NODE:
        // Never descend: the children of a reference are the entity's content.
        content.append(
          .entityReference(name: current.pointee.name.map { String(cString: $0) } ?? ""))
      default:
        break  // comments, processing instructions
      }
      child = current.pointee.next
    }
    return content
  }

  /// The attributes; only literal text counts, entity references are left out.
  private static func attributes(of node: xmlNodePtr) -> [XMLAttribute] {
    var attributes: [XMLAttribute] = []
    var attribute = node.pointee.properties
    while let current = attribute {
      var value = ""
      var part = current.pointee.children
      while let piece = part {
        if piece.pointee.type == XML_TEXT_NODE, let text = piece.pointee.content {
          value += String(cString: text)
        }
        part = piece.pointee.next
      }
      attributes.append(
        XMLAttribute(
          namespaceURI: current.pointee.ns?.pointee.href.map { String(cString: $0) },
          localName: current.pointee.name.map { String(cString: $0) } ?? "", value: value))
      attribute = current.pointee.next
    }
    return attributes
  }
}
