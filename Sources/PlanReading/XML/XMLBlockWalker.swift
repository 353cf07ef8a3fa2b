/// Walks an element tree with a schema's rules and collects the blocks in
/// reading order, each with its heading path and source location.
///
/// Text directly inside a wrapper, and text and inline elements inside a
/// block, gather into a *run*; a nested block, heading or wrapper ends the
/// run, which becomes one block. So `<p>a <b>b</b> c</p>` is one paragraph,
/// and `<div>intro <p>para</p> outro</div>` is three.
///
/// The walker takes the tree over and lets go of each element once its blocks
/// are made (the content of a wrapper or block child by child), so the tree
/// and the blocks made from it are not held in full at the same time.
struct XMLBlockWalker {
  /// The schema's element roles.
  let rules: any XMLSchemaRules
  /// Finds columns in the source.
  let locator: SourceColumnLocator
  private var blocks: [Block] = []
  private var headings = XMLHeadingStack()
  private var sectionDepth = 0
  private var pendingPrefix: String?

  private init(rules: any XMLSchemaRules, locator: SourceColumnLocator, capacity: Int) {
    self.rules = rules
    self.locator = locator
    // Room for every block at once: grown by doubling, the array of a plan of
    // a million paragraphs was held twice over while it was copied (100 MB
    // more at the peak), and room never filled is never touched.
    blocks.reserveCapacity(capacity)
  }

  /// The blocks of the document under `root`, which is emptied on the way:
  /// each element's content is released once its blocks are made (so hand
  /// over a tree no one else holds, or nothing is released).
  /// - Parameters:
  ///   - rootPath: The element path of `root` when it is not the document's
  ///     root element (the main content of a web page).
  ///   - capacity: How many blocks to make room for at once: at least as
  ///     many as there will be (``XMLDocumentTree/textCount``), or 0.
  static func blocks(
    taking root: inout XMLElementNode, rules: any XMLSchemaRules, locator: SourceColumnLocator,
    rootPath: String? = nil, capacity: Int = 0
  ) -> [Block] {
    var walker = XMLBlockWalker(rules: rules, locator: locator, capacity: capacity)
    let role = rules.role(of: root, in: XMLRoleContext(inBlock: false, parentName: nil))
    walker.visit(&root, role: role, path: rootPath ?? "/" + root.localName, itemKind: nil)
    return walker.blocks
  }

  // MARK: - Structure

  private mutating func visit(
    _ element: inout XMLElementNode, role: XMLElementRole, path: String, itemKind: BlockKind?
  ) {
    switch role {
    case .skip:
      return
    case .inline, .transparent:
      readContent(of: &element, path: path, runKind: itemKind ?? .paragraph, itemKind: itemKind)
    case .section:
      sectionDepth += 1
      readContent(of: &element, path: path, runKind: itemKind ?? .paragraph, itemKind: itemKind)
      headings.leaveSection(depth: sectionDepth)
      sectionDepth -= 1
    case .item(let kind):
      let outerPrefix = pendingPrefix
      pendingPrefix = nil
      readContent(of: &element, path: path, runKind: kind, itemKind: kind)
      pendingPrefix = outerPrefix
    case .block(let kind):
      let runKind = kind == .paragraph ? (itemKind ?? kind) : kind
      readContent(of: &element, path: path, runKind: runKind, itemKind: itemKind, inBlock: true)
    case .heading(let subrank):
      readHeading(element, path: path, subrank: subrank)
    case .prefix:
      var notes: [Block] = []
      let text = flatten(element, path: path, notes: &notes).collapsingXMLWhiteSpace()
      if !text.isEmpty {
        pendingPrefix = pendingPrefix.map { "\($0) \(text)" } ?? text
      }
    case .definition:
      readDefinition(element, path: path)
    case .figure:
      readFigure(element, path: path)
    case .note:
      if let note = noteBlock(element, path: path) { blocks.append(note) }
    }
  }

  /// Reads the children of a wrapper (`inBlock` false) or a block (`inBlock`
  /// true), gathering runs of text into blocks of `runKind`.
  ///
  /// The element's content is taken out of it, and each child element
  /// released once read.
  private mutating func readContent(
    of element: inout XMLElementNode, path: String, runKind: BlockKind, itemKind: BlockKind?,
    inBlock: Bool = false
  ) {
    var run = ""
    var notes: [Block] = []
    var paths = SiblingPaths(of: element, path: path)
    let context = XMLRoleContext(inBlock: inBlock, parentName: element.localName)
    var children = element.takeChildren()
    for index in children.indices {
      switch children[index] {
      case .text(let text):
        run += text
      case .entityReference:
        run += " "
      case .element:
        guard var child = children[index].takeElement() else { continue }
        let childPath = paths.next(child)
        let role = rules.role(of: child, in: context)
        switch role {
        case .skip:
          continue
        case .inline:
          run += child.children.isEmpty ? " " : flatten(child, path: childPath, notes: &notes)
        case .prefix where inBlock:
          run += flatten(child, path: childPath, notes: &notes) + " "
        case .note where inBlock:
          if let note = noteBlock(child, path: childPath) { notes.append(note) }
        default:
          flush(&run, notes: &notes, kind: runKind, element: element, path: path)
          visit(&child, role: role, path: childPath, itemKind: itemKind)
        }
      }
    }
    flush(&run, notes: &notes, kind: runKind, element: element, path: path)
  }

  private mutating func flush(
    _ run: inout String, notes: inout [Block], kind: BlockKind, element: XMLElementNode,
    path: String
  ) {
    emit(kind, run, element: element, path: path)
    blocks += notes
    run = ""
    notes = []
  }

  // MARK: - Blocks

  private mutating func emit(
    _ kind: BlockKind, _ rawText: String, element: XMLElementNode, path: String
  ) {
    var text = rawText.collapsingXMLWhiteSpace()
    guard !text.isEmpty else { return }
    if let prefix = pendingPrefix {
      text = "\(prefix) \(text)"
      pendingPrefix = nil
    }
    blocks.append(
      Block(
        kind: kind, text: text, headingPath: headings.titles,
        location: location(of: element, path: path)))
  }

  private mutating func readHeading(_ element: XMLElementNode, path: String, subrank: Int) {
    var notes: [Block] = []
    let text = flatten(element, path: path, notes: &notes, spacingParts: true)
      .collapsingXMLWhiteSpace()
    if !text.isEmpty {
      let (level, above) = headings.push(text, section: sectionDepth, subrank: subrank)
      blocks.append(
        Block(
          kind: .heading, level: level, text: text, headingPath: above,
          location: location(of: element, path: path)))
    }
    blocks += notes
  }

  /// `Term` and `Definitie` children become one list item, "term: definition".
  private mutating func readDefinition(_ element: XMLElementNode, path: String) {
    var notes: [Block] = []
    var term = ""
    var definition = ""
    var paths = SiblingPaths(of: element, path: path)
    let context = XMLRoleContext(inBlock: true, parentName: element.localName)
    for child in element.childElements {
      let childPath = paths.next(child)
      guard rules.role(of: child, in: context) != .skip else { continue }
      let text = flatten(child, path: childPath, notes: &notes)
      if child.localName.lowercased() == "term" {
        term += " " + text
      } else {
        definition += " " + text
      }
    }
    let parts = [term, definition].map { $0.collapsingXMLWhiteSpace() }.filter { !$0.isEmpty }
    emit(.listItem, parts.joined(separator: ": "), element: element, path: path)
    blocks += notes
  }

  private mutating func readFigure(_ element: XMLElementNode, path: String) {
    var paths = SiblingPaths(of: element, path: path)
    for child in element.childElements {
      let childPath = paths.next(child)
      guard Self.captionNames.contains(child.localName.lowercased()) else { continue }
      var notes: [Block] = []
      emit(
        .paragraph, flatten(child, path: childPath, notes: &notes), element: child, path: childPath)
      blocks += notes
    }
  }

  private static let captionNames: Set<String> = [
    "titel", "title", "bijschrift", "caption", "figcaption", "onderschrift",
  ]

  /// A footnote as a paragraph under the current headings; `nil` if empty.
  func noteBlock(_ element: XMLElementNode, path: String) -> Block? {
    var ignored: [Block] = []
    let text = flatten(element, path: path, notes: &ignored).collapsingXMLWhiteSpace()
    guard !text.isEmpty else { return nil }
    return Block(
      kind: .paragraph, text: text, headingPath: headings.titles,
      location: location(of: element, path: path))
  }

  private func location(of element: XMLElementNode, path: String) -> SourceLocation {
    let position = locator.position(of: element)
    return SourceLocation(line: position.line, column: position.column, elementPath: path)
  }
}
