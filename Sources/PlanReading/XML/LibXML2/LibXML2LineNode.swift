/// One node of the tree libxml2 would have built, as far as `xmlGetLineNo`
/// looks at it: the line libxml2 reports for an element that starts on line
/// 65535 or later.
///
/// libxml2 keeps a node's line in 16 bits. With `XML_PARSE_BIG_LINES` a text
/// node past that keeps its real line elsewhere, and `xmlGetLineNo` of a late
/// element looks for one: in its first child, else its next sibling, else
/// its previous one, at most five steps from where it started (libxml2
/// 2.9's `xmlGetLineNoInternal`). ``LibXML2SAXTreeBuilder`` builds these
/// nodes only for what comes after line 65534, keeps the children of an
/// element until it ends and then only what such a search can still reach
/// (see ``pruneBeyondReach()``), so the lines of a long document are the ones
/// libxml2's own tree gives.
final class LibXML2LineNode {
  /// The node types `xmlGetLineNo` tells apart.
  enum Kind {
    /// An element.
    case element
    /// A text node (character data and CDATA).
    case text
    /// A comment or processing instruction: a line but no big line.
    case commentOrInstruction
    /// An entity reference or the document type: no line of its own.
    case other
  }

  /// The node type.
  let kind: Kind
  /// The line libxml2 stores in the node: the real line, or 65535 past it.
  let storedLine: Int
  /// The real line of a text node past 65534 (libxml2's `psvi`).
  let bigLine: Int?
  /// The first child.
  var firstChild: LibXML2LineNode?
  /// The next sibling.
  var next: LibXML2LineNode?
  /// The previous sibling; kept alive by the parent's chain of children.
  unowned(unsafe) var previous: LibXML2LineNode?
  /// The parent, or `nil` under the document.
  unowned(unsafe) var parent: LibXML2LineNode?
  /// Whether this is an element (or the document) whose end has not been
  /// read yet: it may still gain children.
  var isOpen = false

  /// The highest line libxml2 stores as it is.
  static let lastStoredLine = 65534

  /// A node created while the parser was on `line`.
  init(_ kind: Kind, line: Int) {
    self.kind = kind
    storedLine = min(line, Self.lastStoredLine + 1)
    bigLine = kind == .text && line > Self.lastStoredLine ? line : nil
  }

  /// What `xmlGetLineNo` returns for this node: a line, or -1.
  var reportedLine: Int {
    line(depth: 0, settling: false) ?? -1
  }

  /// What ``reportedLine`` gives now, if nothing read later can change it:
  /// `nil` while the search would look at a first child an open element may
  /// still gain, or at a next sibling an open parent may still gain.
  var settledLine: Int? {
    line(depth: 0, settling: true)
  }

  /// `xmlGetLineNo`'s search, step for step; when `settling`, it gives up
  /// (`nil`) where a node read later could change the answer.
  private func line(depth: Int, settling: Bool) -> Int? {
    guard depth < 5 else { return -1 }
    guard kind != .other else {
      if let previous, previous.kind != .other {
        return previous.line(depth: depth + 1, settling: settling)
      }
      if let parent, parent.kind == .element {
        return parent.line(depth: depth + 1, settling: settling)
      }
      return -1
    }
    var result = -1
    if storedLine > Self.lastStoredLine {
      var step: LibXML2LineNode?
      if let bigLine {
        result = bigLine
      } else if kind == .element, let firstChild {
        step = firstChild
      } else if settling, kind == .element, isOpen {
        return nil
      } else if let next {
        step = next
      } else if settling, parent?.isOpen ?? true {
        return nil
      } else {
        step = previous
      }
      if let step {
        guard let line = step.line(depth: depth + 1, settling: settling) else { return nil }
        result = line
      }
    }
    return result == -1 || result == Self.lastStoredLine + 1 ? storedLine : result
  }

  /// Drops what no later search can reach: a search that enters this
  /// finished element takes at most four more steps (first child or next
  /// sibling each), so only the first four children stay, and of each only
  /// what the steps left can reach.
  func pruneBeyondReach() {
    prune(steps: 4)
  }

  private func prune(steps: Int) {
    guard steps > 0 else {
      firstChild = nil
      return
    }
    var child = firstChild
    var used = 1
    while let current = child {
      current.prune(steps: steps - used)
      if used == steps { current.next = nil }
      child = current.next
      used += 1
    }
  }
}
