import Foundation

/// Builds blocks from the lines of a PDF in reading order: headings from
/// their type, list items from their markers, and paragraphs from runs of
/// lines, split where the gap between lines widens, where a line is indented,
/// or after a short line that ends a sentence.
struct PDFBlockBuilder {
  private let typography: PDFTypography
  private let joiner: PDFLineJoiner
  private var headings = HeadingStack()
  private var pending: Pending?
  /// The blocks built so far.
  private(set) var blocks: [Block] = []

  /// A block being built.
  private struct Pending {
    var kind: BlockKind
    var level: Int?
    var text: String
    var first: PDFPlacedLine
    var last: PDFPlacedLine
    var lineCount: Int
    /// For a list item: where its text starts, right of the marker.
    var textStart: Double?
  }

  /// Bullets that open a list item even without a gap above: a dash or a
  /// number at the start of a line may be running text broken there.
  private static let bullets: Set<Character> = ["•", "▪", "◦", "●", "○", "■", "□", "‣", "\u{F0B7}"]

  /// Creates a builder for a document with this type and vocabulary.
  init(typography: PDFTypography, vocabulary: Set<String>) {
    self.typography = typography
    joiner = PDFLineJoiner(vocabulary: vocabulary)
  }

  /// Reads the lines of the document in reading order.
  mutating func read(_ lines: [PDFPlacedLine]) {
    for placed in lines { read(placed) }
    flush()
  }

  /// Adds a line to the block being built, joining words split at its end.
  private mutating func extend(_ block: Pending, with placed: PDFPlacedLine) {
    var block = block
    joiner.append(placed.line.text, to: &block.text)
    block.last = placed
    block.lineCount += 1
    pending = block
  }

  private mutating func read(_ placed: PDFPlacedLine) {
    let line = placed.line
    let startsBlock = pending.map { !continues($0, with: placed) } ?? true
    if let level = typography.headingLevel(of: line), startsBlock || pending?.kind == .heading {
      if let current = pending, current.kind == .heading, current.level == level,
        continuesHeading(current.last, placed)
      {
        extend(current, with: placed)
        return
      }
      flush()
      pending = Pending(
        kind: .heading, level: level, text: line.text, first: placed, last: placed, lineCount: 1)
      return
    }
    if let content = ListMarker.content(of: Substring(line.text)),
      startsBlock || line.text.first.map(Self.bullets.contains) == true
    {
      flush()
      let textStart = line.wordStarts.count > 1 ? line.wordStarts[1] : line.x1
      pending = Pending(
        kind: .listItem, text: String(content), first: placed, last: placed, lineCount: 1,
        textStart: textStart)
      return
    }
    if let current = pending, current.kind != .heading, !startsBlock {
      extend(current, with: placed)
      return
    }
    flush()
    pending = Pending(kind: .paragraph, text: line.text, first: placed, last: placed, lineCount: 1)
  }

  /// Whether `placed` goes on with the block being built.
  private func continues(_ block: Pending, with placed: PDFPlacedLine) -> Bool {
    let previous = block.last
    let size = max(typography.bodySize, 1)
    let previousFull = previous.line.x2 >= previous.columnRight - 1.5 * size
    let endsSentence = previous.line.text.last.map { ".!?:".contains($0) } ?? false
    if let textStart = block.textStart, placed.line.x1 < textStart - 0.8 * size {
      return false
    }
    guard previous.page == placed.page, previous.columnLeft == placed.columnLeft else {
      // A new column or page: the text runs on from a full line into an
      // unindented one.
      return previousFull && placed.line.x1 <= placed.columnLeft + 0.5 * size
    }
    let gap = placed.line.y2 - previous.line.y2
    guard gap > 0, gap <= typography.lineSpacing * 1.25 else { return false }
    let indented = placed.line.x1 > previous.line.x1 + 0.8 * size
    if indented {
      let atItemText = block.textStart.map { abs(placed.line.x1 - $0) < 0.8 * size } ?? false
      if !atItemText { return false }
    }
    return previousFull || !endsSentence
  }

  /// Whether a heading line goes on in the next one (a long title over two lines).
  private func continuesHeading(_ previous: PDFPlacedLine, _ placed: PDFPlacedLine) -> Bool {
    guard previous.page == placed.page, previous.columnLeft == placed.columnLeft else {
      return false
    }
    let gap = placed.line.y2 - previous.line.y2
    return gap > 0 && gap <= 1.6 * max(previous.line.size, placed.line.size)
  }

  private mutating func flush() {
    guard let block = pending else { return }
    pending = nil
    // Lines hold single spaces only; a list item's text may start with more.
    let text = block.text.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return }
    let location = SourceLocation(line: block.first.number, column: 1, page: block.first.page)
    if block.kind == .heading, let level = block.level {
      let above = headings.open(level: level, title: text, source: .markup, number: nil)
      blocks.append(
        Block(kind: .heading, level: level, text: text, headingPath: above, location: location))
    } else {
      blocks.append(
        Block(kind: block.kind, text: text, headingPath: headings.path, location: location))
    }
  }
}
