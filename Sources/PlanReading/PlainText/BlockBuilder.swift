/// Builds the blocks of a plain-text or Markdown plan from its cleaned lines.
///
/// It joins the lines of a paragraph (split on blank lines), keeps list items
/// with their continuation lines, turns table rows into one block per cell,
/// recognises headings by their markup or their look, and gives every block
/// the titles of the headings it sits under.
struct BlockBuilder {
  /// The blocks built so far, in reading order.
  private(set) var blocks: [Block] = []

  private var headings = HeadingStack()
  private var pending: PendingBlock?
  private var retitlable: Retitlable?
  private var inTable = false
  private var inComment = false
  private var afterBlank = true
  private var seenContent = false

  /// The last block while an underline below it (`===`, `---`) may still turn
  /// it into a heading: a one-line paragraph, or a heading found by its look.
  private struct Retitlable {
    var line: Int
    var length: Int
    var title: String
    var location: SourceLocation
    var number: SectionNumber?
    var wasHeading: Bool
  }

  /// Reads lines in order; call ``finish()`` after the last.
  mutating func read(_ lines: ArraySlice<SourceLine>) {
    for index in lines.indices {
      readLine(lines[index], next: index + 1 < lines.endIndex ? lines[index + 1] : nil)
    }
  }

  /// Completes the block still being collected.
  mutating func finish() {
    flush()
  }

  // MARK: - Lines

  /// Reads one line.
  private mutating func readLine(_ line: SourceLine, next: SourceLine?) {
    if inComment {
      if line.text.contains("-->") { inComment = false }
      return
    }
    let body = LineClassifier.unquote(line.text)
    if body.isEmpty {
      readBlank()
      return
    }
    if body.utf8.first == UInt8(ascii: "<"), body.hasPrefix("<!--"), !body.contains("-->") {
      flush()
      inComment = true
      return
    }
    if ConversionArtefact.isArtefact(body, isFirstContent: !seenContent) { return }
    seenContent = true
    defer { afterBlank = false }
    switch LineClassifier.classify(body) {
    case .blank:
      readBlank()
    case .atxHeading(let level, let text):
      flush()
      inTable = false
      let title = Self.blockText(text)
      emitHeading(
        title, level: level, source: .markup, number: SectionNumber.parse(title[...]),
        location: line.location)
    case .underline(let level, let length):
      readUnderline(level: level, length: length, line: line)
    case .thematicBreak, .fence:
      flush()
      inTable = false
    case .tableSeparator:
      flush()
      inTable = true
    case .tableRow:
      flush()
      emitCells(of: body, in: line)
      inTable = true
    case .listItem(let content):
      flush()
      inTable = false
      pending = PendingBlock(kind: .listItem, line: line, text: content)
    case .text:
      readText(body, line: line, next: next)
    }
  }

  /// A blank line ends a paragraph, a list item and a table. A list item with
  /// no text yet (`• -`) stays open for its indented text below.
  private mutating func readBlank() {
    afterBlank = true
    inTable = false
    if let pending, pending.kind == .listItem, pending.text.isEmpty { return }
    flush()
  }

  /// A line of `=` or `-`: the underline of the title above it, or a rule.
  private mutating func readUnderline(level: Int, length: Int, line: SourceLine) {
    if let pending, pending.kind == .paragraph, pending.lineCount <= 2,
      pending.text.utf8.count <= 200
    {
      self.pending = nil
      let title = Self.blockText(pending.text)
      emitHeading(
        title, level: level, source: .markup, number: SectionNumber.parse(title[...]),
        location: pending.location)
      return
    }
    inTable = false
    if pending != nil {
      flush()
      return
    }
    guard let retitlable, retitlable.location == blocks.last?.location else { return }
    let tolerance = max(2, retitlable.length / 5)
    guard retitlable.line == line.number - 1 || abs(retitlable.length - length) <= tolerance
    else { return }
    blocks.removeLast()
    if retitlable.wasHeading { headings.closeInnermost() }
    emitHeading(
      retitlable.title, level: level, source: .markup, number: retitlable.number,
      location: retitlable.location)
  }

  /// Running text: a table row in a table, the next line of a paragraph or
  /// list item, a heading by its look, or the start of a paragraph.
  ///
  /// A line continues a list item when it is indented past the marker (or the
  /// item has no text yet), or when it starts in lower case after an item
  /// that does not end like a sentence. A line after a paragraph line that
  /// does not end like a sentence continues the paragraph: it is a wrapped
  /// line, not a heading.
  private mutating func readText(_ body: Substring, line: SourceLine, next: SourceLine?) {
    let opensTable = next.map { MarkdownTable.isSeparator($0.text) } ?? false
    if inTable || opensTable, MarkdownTable.hasPipe(body) {
      flush()
      emitCells(of: body, in: line)
      inTable = true
      return
    }
    inTable = false
    if let pending {
      let indented = line.column > pending.location.column
      let isItem = pending.kind == .listItem
      if isItem, indented, !afterBlank || pending.text.isEmpty {
        self.pending?.append(body)
        return
      }
      if !afterBlank, !pending.text.isEmpty, !pending.endsSentence,
        !isItem || body.first?.isLowercase == true
      {
        self.pending?.append(body)
        return
      }
    }
    if let candidate = HeadingDetector.detect(body, next: next) {
      flush()
      emitDetectedHeading(candidate, source: body, line: line)
      return
    }
    if !afterBlank, pending?.kind == .paragraph {
      self.pending?.append(body)
      return
    }
    flush()
    pending = PendingBlock(kind: .paragraph, line: line, text: body)
  }

  // MARK: - Emitting blocks

  /// Completes the pending paragraph or list item, if any. A one-line
  /// paragraph may still become a heading if an underline follows.
  private mutating func flush() {
    guard let pending else { return }
    self.pending = nil
    let text = Self.blockText(pending.text)
    guard !text.isEmpty else { return }
    append(
      Block(
        kind: pending.kind, text: text, headingPath: headings.path, location: pending.location))
    if pending.kind == .paragraph, pending.lineCount == 1 {
      retitlable = Retitlable(
        line: pending.location.line, length: pending.text.utf8.count, title: text,
        location: pending.location, number: nil, wasHeading: false)
    }
  }

  /// Adds a heading found by its look, at the level its kind gives it here,
  /// and remembers it: an underline below may still re-level it.
  private mutating func emitDetectedHeading(
    _ candidate: HeadingCandidate, source text: Substring, line: SourceLine
  ) {
    let title = SpacedLetters.rejoin(candidate.title)
    let number: SectionNumber?
    let level: Int
    let source: HeadingStack.Source
    switch candidate.style {
    case .numbered(let sectionNumber):
      number = sectionNumber
      level = headings.level(for: sectionNumber)
      source = .numbered
    case .emphasis:
      number = nil
      level = headings.levelForEmphasis()
      source = .emphasis
    }
    emitHeading(title, level: level, source: source, number: number, location: line.location)
    guard !title.isEmpty else { return }
    retitlable = Retitlable(
      line: line.number, length: text.utf8.count, title: title, location: line.location,
      number: number, wasHeading: true)
  }

  /// Opens a heading and adds its block; an empty title adds nothing.
  private mutating func emitHeading(
    _ title: String, level: Int, source: HeadingStack.Source, number: SectionNumber?,
    location: SourceLocation
  ) {
    guard !title.isEmpty else { return }
    let path = headings.open(level: level, title: title, source: source, number: number)
    append(Block(kind: .heading, level: level, text: title, headingPath: path, location: location))
  }

  /// Adds one block per non-empty cell of a table row.
  private mutating func emitCells(of row: Substring, in line: SourceLine) {
    let rowOffset =
      row.startIndex == line.text.startIndex
      ? 0 : line.text.distance(from: line.text.startIndex, to: row.startIndex)
    for cell in MarkdownTable.cells(in: row) {
      let text = Self.blockText(cell.text)
      guard !text.isEmpty else { continue }
      let location = SourceLocation(
        line: line.number, column: line.column + rowOffset + cell.offset)
      append(Block(kind: .tableCell, text: text, headingPath: headings.path, location: location))
    }
  }

  /// Adds a block; an underline can no longer re-level the one before it.
  private mutating func append(_ block: Block) {
    blocks.append(block)
    retitlable = nil
  }

  /// The plain text of a block: markup stripped, white space collapsed,
  /// spaced-out letters joined.
  private static func blockText<S: StringProtocol>(_ markdown: S) -> String {
    SpacedLetters.rejoin(InlineMarkup.plainText(markdown))
  }
}

extension SourceLine {
  /// Where the line's text starts.
  fileprivate var location: SourceLocation {
    SourceLocation(line: number, column: column)
  }
}
