/// The type of a PDF document as a whole: the body text size, the usual
/// distance between lines, and which styles are headings at which level.
///
/// A line is a heading when it is set clearly bigger than the body text (15%
/// or more), or in bold throughout and short (at most ``maxBoldHeading``
/// characters). Heading styles are ranked by size, bold before regular: the
/// biggest is level 1.
struct PDFTypography {
  /// The size most characters are set in.
  let bodySize: Double
  /// The usual distance between the baselines of two lines of body text.
  let lineSpacing: Double
  /// The heading level of each heading style.
  private let levels: [Style: Int]

  /// The longest line, in characters, that bold alone makes a heading.
  static let maxBoldHeading = 120

  /// A type size (to half a point) and weight.
  struct Style: Hashable {
    var size: Double
    var bold: Bool

    init(_ line: PDFLine) {
      size = (line.size * 2).rounded() / 2
      bold = line.bold
    }
  }

  /// Measures the lines of a document, in reading order.
  init(_ lines: [PDFPlacedLine]) {
    var characters: [Double: Int] = [:]
    for placed in lines {
      characters[Style(placed.line).size, default: 0] += placed.line.text.count
    }
    let body =
      characters.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?
      .key ?? 10
    bodySize = body
    var gaps: [Double] = []
    for (previous, line) in zip(lines, lines.dropFirst())
    where previous.page == line.page && previous.columnLeft == line.columnLeft
      && abs(previous.line.size - body) < 0.5 && abs(line.line.size - body) < 0.5
    {
      let gap = line.line.y2 - previous.line.y2
      if gap > 0.5 * body, gap < 2.5 * body { gaps.append(gap) }
    }
    lineSpacing = gaps.sorted().dropFirst(gaps.count / 2).first ?? body * 1.2
    let headingStyles = Set(
      lines.map(\.line).filter { Self.looksLikeHeading($0, bodySize: body) }.map(Style.init))
    let ranked = headingStyles.sorted { a, b in
      a.size != b.size ? a.size > b.size : (a.bold && !b.bold)
    }
    var levels: [Style: Int] = [:]
    for (index, style) in ranked.enumerated() { levels[style] = min(index + 1, 6) }
    self.levels = levels
  }

  /// The heading level of a line, or `nil` for body text.
  func headingLevel(of line: PDFLine) -> Int? {
    guard Self.looksLikeHeading(line, bodySize: bodySize) else { return nil }
    return levels[Style(line)]
  }

  private static func looksLikeHeading(_ line: PDFLine, bodySize: Double) -> Bool {
    guard line.text.contains(where: \.isLetter) else { return false }
    if line.size >= bodySize * 1.15 { return true }
    return line.bold && line.size >= bodySize - 0.5 && line.text.count <= maxBoldHeading
  }
}
