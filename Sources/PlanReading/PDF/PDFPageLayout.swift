/// Puts the lines of one PDF page in reading order: a page set in two columns
/// is read left column first, then right, between lines that span both
/// columns; pieces of one typeset line (a bullet and its text, the words of a
/// widely justified line) are joined, but never across the gap between columns.
enum PDFPageLayout {
  /// The lines of a page in reading order, numbered from 1.
  /// - Parameters:
  ///   - page: The page's lines as poppler gives them.
  ///   - number: The 1-based page number.
  static func placed(_ page: PDFPageText, number: Int) -> [PDFPlacedLine] {
    guard !page.lines.isEmpty else { return [] }
    let gutter = gutter(page.lines, width: page.width)
    let lines = joinPieces(page.lines, gutter: gutter)
    let left = lines.map(\.x1).min() ?? 0
    let right = lines.map(\.x2).max() ?? page.width
    let ordered: [(PDFLine, Double, Double)]
    if let gutter {
      ordered = inColumns(lines, gutter: gutter, left: left, right: right)
    } else {
      ordered = byPosition(lines).map { ($0, left, right) }
    }
    return ordered.enumerated().map { index, entry in
      PDFPlacedLine(
        line: entry.0, page: number, number: index + 1, columnLeft: entry.1,
        columnRight: entry.2, pageHeight: page.height)
    }
  }

  // MARK: - Pieces of one line

  /// The widest gap, in font sizes, between two pieces of one line.
  static let maxPieceGap = 4.0

  /// Joins pieces on one baseline that stand at most ``maxPieceGap`` font
  /// sizes apart, on the same side of the gutter.
  static func joinPieces(_ lines: [PDFLine], gutter: Double?) -> [PDFLine] {
    var result: [PDFLine] = []
    var used = Array(repeating: false, count: lines.count)
    // Left to right, so a piece is joined to the piece before it.
    for index in lines.indices.sorted(by: { lines[$0].x1 < lines[$1].x1 }) where !used[index] {
      var current = lines[index]
      used[index] = true
      while let next = lines.indices.first(where: { other in
        !used[other] && sameBaseline(current, lines[other])
          && follows(lines[other], after: current, gutter: gutter)
      }) {
        current = current.joined(with: lines[next])
        used[next] = true
      }
      result.append(current)
    }
    return result
  }

  private static func sameBaseline(_ a: PDFLine, _ b: PDFLine) -> Bool {
    abs(a.y2 - b.y2) <= 0.35 * max(a.size, b.size)
  }

  /// Whether `next` continues `line` on the same baseline: to its right,
  /// close enough, and not across the gutter.
  private static func follows(_ next: PDFLine, after line: PDFLine, gutter: Double?) -> Bool {
    let gap = next.x1 - line.x2
    guard gap >= -1, gap <= maxPieceGap * max(line.size, next.size) else { return false }
    if let gutter, line.x2 <= gutter, next.x1 >= gutter { return false }
    return true
  }

  // MARK: - Columns

  /// The x position of the gap between two columns, or `nil` for a page set
  /// in one column.
  static func gutter(_ lines: [PDFLine], width: Double) -> Double? {
    guard lines.count >= 6, width > 0 else { return nil }
    var best: (x: Double, crossing: Int, balance: Int)?
    var x = (width * 0.3).rounded()
    while x <= width * 0.7 {
      var crossing = 0
      var leftCount = 0
      var rightCount = 0
      for line in lines {
        if line.x2 <= x {
          leftCount += 1
        } else if line.x1 >= x {
          rightCount += 1
        } else {
          crossing += 1
        }
      }
      let balance = min(leftCount, rightCount)
      let better =
        best.map { crossing < $0.crossing || (crossing == $0.crossing && balance > $0.balance) }
        ?? true
      if better { best = (x, crossing, balance) }
      x += 1
    }
    guard let best else { return nil }
    let total = lines.count
    guard best.crossing * 100 <= total * 15, best.balance * 5 >= total else { return nil }
    return best.x
  }

  /// Reads left column, then right, between lines that span the gutter.
  private static func inColumns(
    _ lines: [PDFLine], gutter: Double, left: Double, right: Double
  ) -> [(PDFLine, Double, Double)] {
    var result: [(PDFLine, Double, Double)] = []
    var leftColumn: [PDFLine] = []
    var rightColumn: [PDFLine] = []
    func flush() {
      let leftEnd = leftColumn.map(\.x2).max() ?? gutter
      let rightStart = rightColumn.map(\.x1).min() ?? gutter
      result += byPosition(leftColumn).map { ($0, left, leftEnd) }
      result += byPosition(rightColumn).map { ($0, rightStart, right) }
      leftColumn = []
      rightColumn = []
    }
    for line in byPosition(lines) {
      if line.x2 <= gutter {
        leftColumn.append(line)
      } else if line.x1 >= gutter {
        rightColumn.append(line)
      } else {
        flush()
        result.append((line, left, right))
      }
    }
    flush()
    return result
  }

  /// Top to bottom; lines on one baseline left to right.
  private static func byPosition(_ lines: [PDFLine]) -> [PDFLine] {
    lines.sorted { a, b in
      if sameBaseline(a, b) { return a.x1 < b.x1 }
      return a.y2 < b.y2
    }
  }
}
