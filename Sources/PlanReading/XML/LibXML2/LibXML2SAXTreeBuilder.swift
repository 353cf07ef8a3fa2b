import CLibXML2

/// Builds an ``XMLDocumentTree`` straight from libxml2's SAX2 callbacks, so
/// libxml2 never builds a tree of its own for the document.
///
/// The tree is the one libxml2's tree used to give: the same names,
/// namespaces, attribute values (character references resolved, entity
/// references left out), text, entity references and lines (see
/// ``LibXML2LineNode`` for lines past 65534).
///
/// The builder sits in the parser context's `_private` and answers only for
/// that context. libxml2 parses the text of an internal entity once, on its
/// first reference, in a context of its own that shares the callbacks: those
/// calls go to libxml2's own handlers, which build the entity's content as
/// they always have, so entities are checked (and entity bombs stopped)
/// exactly as before.
final class LibXML2SAXTreeBuilder {
  /// The errors of the parse.
  let errors = LibXML2ErrorCollector()
  /// The root, once its end tag has been read.
  private(set) var root: XMLElementNode?
  /// Whether the document refers to an entity in element content.
  private(set) var referencesEntities = false
  /// How many text nodes hold more than white space.
  private(set) var textCount = 0

  private struct Frame {
    var namespaceURI: String?
    var prefix: String?
    var localName: String
    var attributes: [XMLAttribute]
    var children: [XMLContent] = []
    var line: Int
    var ordinal: Int
    /// The type of the last child libxml2 would have made, and its line.
    var lastKind: LibXML2LineNode.Kind?
    var lastLine = 0
    /// Past line 65534: this node, its last child, and the children whose
    /// line must wait for this element's end.
    var node: LibXML2LineNode?
    var lastNode: LibXML2LineNode?
    var waiting: [(index: Int, node: LibXML2LineNode)] = []
    /// How many children past line 65534 have a node (with the one before
    /// them, if that came earlier); the fifth of them; and, once the middle
    /// children are let go of (see ``LibXML2SAXTreeBuilder/trim(_:)``), the
    /// oldest of the last five, which holds the rest.
    var nodeCount = 0
    var fifthNode: LibXML2LineNode?
    var oldestKept: LibXML2LineNode?
  }

  private let context: xmlParserCtxtPtr
  private let handlers: xmlSAXHandler
  /// The document level and the open elements, outermost first. Only the
  /// parser's callbacks touch the builder, one at a time, so the run-time
  /// exclusivity checks (a tenth of the parse on a 20 MB document) are left out.
  @exclusivity(unchecked) private var frames: [Frame]
  /// The elements counted so far on each line, by line and qualified name;
  /// filled only when the document reaches past line 65534 (see ``finish()``).
  @exclusivity(unchecked) private var seenOnLine: [String: Int] = [:]
  /// The elements before line 65535 come in the order of their lines, so
  /// those on the line being read are counted on their own, by qualified name.
  @exclusivity(unchecked) private var seenOnCurrentLine: [String: Int] = [:]
  private var currentOrdinalLine = 0
  /// Names and namespace URIs by libxml2's pointer: the parser keeps each
  /// distinct one once (in its dictionary), so each becomes one Swift string.
  @exclusivity(unchecked) private var names: [UnsafePointer<xmlChar>: String] = [:]
  /// The character data since the last child that was not text.
  ///
  /// Only the innermost open element can have any, and it becomes one text
  /// node once closed. libxml2 hands long text over in pieces of a few
  /// hundred bytes; they are gathered here and made into one string, not
  /// appended string to string.
  @exclusivity(unchecked) private var pendingText: [UInt8] = []
  private var hasPendingText = false
  private var hasLateElements = false
  /// The root's node, when the root starts past line 65534.
  private var rootNode: LibXML2LineNode?

  /// Installs the builder's callbacks on `context`; the builder must outlive
  /// the parse.
  init(installingOn context: xmlParserCtxtPtr) {
    self.context = context
    handlers = context.pointee.sax.pointee
    frames = [Frame(localName: "", attributes: [], line: 0, ordinal: 0)]
    context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
    let sax = context.pointee.sax!
    sax.pointee.serror = { userData, error in
      // libxml2 passes the context's userData, which is the context itself.
      guard let userData, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue,
        let builder = LibXML2SAXTreeBuilder.builder(userData)
      else { return }
      builder.errors.record(LibXML2Error(error.pointee))
    }
    sax.pointee.startElementNs = { ctx, localName, prefix, uri, _, _, count, defaulted, values in
      guard let builder = LibXML2SAXTreeBuilder.builder(ctx) else { return }
      guard builder.owns(ctx) else {
        builder.handlers.startElementNs?(
          ctx, localName, prefix, uri, 0, nil, count, defaulted, values)
        return
      }
      builder.start(localName, prefix, uri, count - defaulted, values)
    }
    sax.pointee.endElementNs = { ctx, localName, prefix, uri in
      guard let builder = LibXML2SAXTreeBuilder.builder(ctx) else { return }
      guard builder.owns(ctx) else {
        builder.handlers.endElementNs?(ctx, localName, prefix, uri)
        return
      }
      builder.end()
    }
    sax.pointee.characters = { ctx, characters, length in
      guard let builder = LibXML2SAXTreeBuilder.builder(ctx) else { return }
      guard builder.owns(ctx) else {
        builder.handlers.characters?(ctx, characters, length)
        return
      }
      builder.text(characters, length)
    }
    // The same function, so libxml2 never asks whether white space is ignorable.
    sax.pointee.ignorableWhitespace = sax.pointee.characters
    sax.pointee.reference = { ctx, name in
      guard let builder = LibXML2SAXTreeBuilder.builder(ctx) else { return }
      guard builder.owns(ctx) else {
        builder.handlers.reference?(ctx, name)
        return
      }
      builder.reference(name)
    }
    sax.pointee.comment = { ctx, value in
      guard let builder = LibXML2SAXTreeBuilder.builder(ctx) else { return }
      guard builder.owns(ctx) else {
        builder.handlers.comment?(ctx, value)
        return
      }
      builder.lineOnly(.commentOrInstruction)
    }
    sax.pointee.processingInstruction = { ctx, target, data in
      guard let builder = LibXML2SAXTreeBuilder.builder(ctx) else { return }
      guard builder.owns(ctx) else {
        builder.handlers.processingInstruction?(ctx, target, data)
        return
      }
      builder.lineOnly(.commentOrInstruction)
    }
    sax.pointee.internalSubset = { ctx, name, externalID, systemID in
      guard let builder = LibXML2SAXTreeBuilder.builder(ctx) else { return }
      builder.handlers.internalSubset?(ctx, name, externalID, systemID)
      if builder.owns(ctx) { builder.lineOnly(.other) }
    }
  }

  private static func builder(_ ctx: UnsafeMutableRawPointer?) -> LibXML2SAXTreeBuilder? {
    guard let raw = ctx?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else {
      return nil
    }
    return Unmanaged<LibXML2SAXTreeBuilder>.fromOpaque(raw).takeUnretainedValue()
  }

  /// Whether a callback is for the document itself rather than an entity's text.
  private func owns(_ ctx: UnsafeMutableRawPointer?) -> Bool {
    ctx == UnsafeMutableRawPointer(context)
  }

  private var currentLine: Int {
    Int(context.pointee.input?.pointee.line ?? 1)
  }

  // MARK: - Events

  private func start(
    _ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
    _ uri: UnsafePointer<xmlChar>?, _ attributeCount: Int32,
    _ values: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    let line = currentLine
    closeText()
    var name = self.name(localName) ?? ""
    var prefixName = self.name(prefix)
    if let unbound = prefixName, uri == nil {
      // An undeclared prefix: libxml2 keeps it in the name, in no namespace.
      name = unbound + ":" + name
      prefixName = nil
    }
    var frame = Frame(
      namespaceURI: self.name(uri), prefix: prefixName, localName: name,
      attributes: attributes(attributeCount, values), line: line, ordinal: -1)
    if line > LibXML2LineNode.lastStoredLine {
      hasLateElements = true
      frame.node = appendNode(.element, line: line)
    } else {
      frame.ordinal = ordinalOnCurrentLine(line, frame.prefix, frame.localName)
      appendLine(.element, line: line)
    }
    frames.append(frame)
  }

  private func end() {
    closeText()
    var frame = frames.removeLast()
    // Appending left up to half of the array unused; the tree keeps it exact.
    var children =
      frame.children.capacity > frame.children.count + 4
      ? frame.children.withUnsafeBufferPointer { Array($0) } : frame.children
    frame.children = []
    resolveWaiting(frame.waiting, in: &children)
    frame.node?.pruneBeyondReach()
    var element = XMLElementNode(
      namespaceURI: frame.namespaceURI, prefix: frame.prefix, localName: frame.localName,
      attributes: frame.attributes, children: children, line: max(frame.line, 1),
      ordinalOnLine: frame.ordinal)
    frame.node?.isOpen = false
    if frames.count == 1 {
      root = element
      rootNode = frame.node
    } else {
      if let node = frame.node {
        // Most late elements know their line now (from their text); the
        // others wait for their parent's end, as every one used to.
        if let line = node.settledLine {
          element.line = max(line, 1)
        } else {
          frames[frames.count - 1].waiting.append((frames[frames.count - 1].children.count, node))
        }
      }
      frames[frames.count - 1].children.append(.element(element))
    }
  }

  private func text(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
    // libxml2 merges adjacent text into one node.
    let count = characters == nil ? 0 : Int(length)
    pendingText.append(contentsOf: UnsafeBufferPointer(start: characters, count: count))
    // Even empty (`<![CDATA[]]>`): libxml2 keeps an empty text node.
    guard !hasPendingText else { return }
    hasPendingText = true
    let line = currentLine
    if line > LibXML2LineNode.lastStoredLine {
      _ = appendNode(.text, line: line)
    } else {
      appendLine(.text, line: line)
    }
  }

  private func reference(_ name: UnsafePointer<xmlChar>?) {
    closeText()
    referencesEntities = true
    frames[frames.count - 1].children.append(.entityReference(name: Self.string(name)))
    lineOnly(.other)
  }

  /// A node that is not part of the Swift tree but counts for lines.
  private func lineOnly(_ kind: LibXML2LineNode.Kind) {
    guard context.pointee.inSubset == 0 else { return }
    closeText()
    let line = currentLine
    if line > LibXML2LineNode.lastStoredLine {
      _ = appendNode(kind, line: line)
    } else {
      appendLine(kind, line: line)
    }
  }

  private func closeText() {
    guard hasPendingText else { return }
    if pendingText.contains(where: { !Self.isWhiteSpace($0) }) { textCount += 1 }
    frames[frames.count - 1].children.append(.text(String(decoding: pendingText, as: UTF8.self)))
    pendingText.removeAll(keepingCapacity: true)
    hasPendingText = false
  }

  // MARK: - Lines

  private func appendLine(_ kind: LibXML2LineNode.Kind, line: Int) {
    frames[frames.count - 1].lastKind = kind
    frames[frames.count - 1].lastLine = line
  }

  /// Adds a node past line 65534 to the current element's children.
  private func appendNode(_ kind: LibXML2LineNode.Kind, line: Int) -> LibXML2LineNode {
    let last = frames.count - 1
    let node = LibXML2LineNode(kind, line: line)
    let parent = frames[last].node ?? parentNode(of: last)
    var previous = frames[last].lastNode
    if previous == nil, let kind = frames[last].lastKind {
      // The sibling before came earlier than line 65535: its line is final.
      let earlier = LibXML2LineNode(kind, line: frames[last].lastLine)
      earlier.parent = parent
      parent.firstChild = earlier
      previous = earlier
      countNode(earlier, in: last)
    }
    node.parent = parent
    node.previous = previous
    if let previous { previous.next = node } else { parent.firstChild = node }
    if kind == .element { node.isOpen = true }
    frames[last].lastNode = node
    frames[last].lastKind = kind
    frames[last].lastLine = line
    countNode(node, in: last)
    settleWaiting(in: last)
    trim(last)
    return node
  }

  private func countNode(_ node: LibXML2LineNode, in index: Int) {
    frames[index].nodeCount += 1
    if frames[index].nodeCount == 5 { frames[index].fifthNode = node }
  }

  /// The children still waiting for their line that have it now a later
  /// sibling has come (an empty element's line is its next sibling's);
  /// looked at only while there are few, so a long run of them costs what
  /// it cost before (resolved at the parent's end).
  private func settleWaiting(in index: Int) {
    guard !frames[index].waiting.isEmpty, frames[index].waiting.count <= 16 else { return }
    WorkCounter.add(frames[index].waiting.count)
    var waiting = frames[index].waiting
    frames[index].waiting = []
    waiting.removeAll { entry in
      guard let line = entry.node.settledLine else { return false }
      setLine(line, ofChild: entry.index, in: index)
      return true
    }
    frames[index].waiting = waiting
  }

  private func setLine(_ line: Int, ofChild child: Int, in index: Int) {
    guard case .element(var element) = frames[index].children[child] else { return }
    frames[index].children[child] = .entityReference(name: "")
    element.line = max(line, 1)
    frames[index].children[child] = .element(element)
  }

  /// Lets go of the nodes of an open element's children that no search of
  /// `xmlGetLineNo` can reach any more, so a section of a million late
  /// paragraphs holds ten nodes, not three million.
  ///
  /// A search takes at most four steps from where it starts (the fifth
  /// returns -1 without looking). Searches still to come start at the
  /// element itself or above it, entering through its first child (so the
  /// first five children stay), or at its newest child or below (so the last
  /// five stay, the oldest of them without a previous sibling: a search
  /// reaches it in four steps and would give -1 whatever it found there).
  /// Children waiting for their line start searches of their own, so
  /// nothing is let go of while any wait.
  private func trim(_ index: Int) {
    let count = frames[index].nodeCount
    guard count >= 11, frames[index].waiting.isEmpty, let newest = frames[index].lastNode else {
      return
    }
    var kept = newest
    for _ in 0..<4 {
      guard let previous = kept.previous else { return }
      kept = previous
    }
    frames[index].oldestKept = kept
    if let fifth = frames[index].fifthNode {
      fifth.next = nil
      frames[index].fifthNode = nil
    }
    kept.previous = nil
  }

  /// The node of an element (or the document) that started before line
  /// 65535: its line is final, so it needs no children of its own.
  private func parentNode(of index: Int) -> LibXML2LineNode {
    let node = LibXML2LineNode(index == 0 ? .other : .element, line: frames[index].line)
    node.isOpen = true
    frames[index].node = node
    return node
  }

  /// Gives the late children of a finished element their lines, now that
  /// everything `xmlGetLineNo` may look at is known.
  private func resolveWaiting(
    _ waiting: [(index: Int, node: LibXML2LineNode)], in children: inout [XMLContent]
  ) {
    WorkCounter.add(waiting.count)
    for (index, node) in waiting {
      guard case .element(var child) = children[index] else { continue }
      children[index] = .entityReference(name: "")
      child.line = max(node.reportedLine, 1)
      children[index] = .element(child)
    }
  }

  /// Finishes the tree once the document has been read: the root's own line
  /// if it is late, and the ordinals of the elements past line 65534, in
  /// document order.
  func finish() {
    guard hasLateElements, var root else { return }
    self.root = nil  // so that the tree is changed in place, not copied
    if let rootNode { root.line = max(rootNode.reportedLine, 1) }
    // A late element may report the line of an earlier one: it counts after
    // every element before line 65535.
    countEarlyElements(root)
    assignOrdinals(&root)
    self.root = root
  }

  private func countEarlyElements(_ element: XMLElementNode) {
    WorkCounter.add(1)
    if element.ordinalOnLine >= 0 {
      _ = ordinal(line: element.line, element.prefix, element.localName)
    }
    for case .element(let child) in element.children {
      countEarlyElements(child)
    }
  }

  private func assignOrdinals(_ element: inout XMLElementNode) {
    if element.ordinalOnLine < 0 {
      element.ordinalOnLine = ordinal(line: element.line, element.prefix, element.localName)
    }
    // Late elements follow every early one: only the last early child can
    // hold late ones, and every element after it is late.
    let lastEarly = element.children.lastIndex {
      if case .element(let child) = $0 { return child.ordinalOnLine >= 0 }
      return false
    }
    for index in (lastEarly ?? element.children.startIndex)..<element.children.endIndex {
      WorkCounter.add(1)
      guard case .element(var child) = element.children[index] else { continue }
      element.children[index] = .entityReference(name: "")
      assignOrdinals(&child)
      element.children[index] = .element(child)
    }
  }

  private func ordinalOnCurrentLine(_ line: Int, _ prefix: String?, _ localName: String) -> Int {
    if line != currentOrdinalLine {
      seenOnCurrentLine.removeAll(keepingCapacity: true)
      currentOrdinalLine = line
    }
    let key = prefix.map { "\($0):\(localName)" } ?? localName
    let ordinal = seenOnCurrentLine[key, default: 0]
    seenOnCurrentLine[key] = ordinal + 1
    return ordinal
  }

  private func ordinal(line: Int, _ prefix: String?, _ localName: String) -> Int {
    let key = "\(line) \(prefix.map { "\($0):\(localName)" } ?? localName)"
    let ordinal = seenOnLine[key, default: 0]
    seenOnLine[key] = ordinal + 1
    return ordinal
  }

  // MARK: - Attributes

  /// The attributes as libxml2's tree holds them: defaulted ones from the
  /// document type left out, character references resolved, references to
  /// other entities left out of the value.
  private func attributes(
    _ count: Int32, _ values: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) -> [XMLAttribute] {
    guard let values, count > 0 else { return [] }
    var attributes: [XMLAttribute] = []
    attributes.reserveCapacity(Int(count))
    for index in stride(from: 0, to: Int(count) * 5, by: 5) {
      var name = self.name(values[index]) ?? ""
      var uri = self.name(values[index + 2])
      if let prefix = self.name(values[index + 1]), values[index + 2] == nil {
        name = prefix + ":" + name
        uri = nil
      }
      attributes.append(
        XMLAttribute(
          namespaceURI: uri, localName: name, value: value(from: values[index + 3], to: values[index + 4])))
    }
    return attributes
  }

  /// libxml2 hands a value it had to rewrite (one with references) as a
  /// string of its own that ends in 0, and any other as a slice of the input.
  private func value(from start: UnsafePointer<xmlChar>?, to end: UnsafePointer<xmlChar>?) -> String {
    guard let start, let end, end > start else { return "" }
    guard end.pointee == 0 else {
      return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
    }
    guard let list = xmlStringLenGetNodeList(context.pointee.myDoc, start, Int32(end - start)) else {
      return ""
    }
    defer { xmlFreeNodeList(list) }
    var value = ""
    var node: xmlNodePtr? = list
    while let current = node {
      if current.pointee.type == XML_TEXT_NODE, let text = current.pointee.content {
        value += String(cString: text)
      }
      node = current.pointee.next
    }
    return value
  }

  private func name(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    if let known = names[pointer] { return known }
    let name = String(cString: pointer)
    names[pointer] = name
    return name
  }

  /// XML white space: space, tab, line feed, carriage return.
  private static func isWhiteSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
