/// One line of text on a PDF page, as typeset: its text, box and type.
///
/// Coordinates are in PDF points with the origin at the top left of the page,
/// so `y` grows downwards.
struct PDFLine: Equatable {
  /// The text of the line, white space collapsed.
  var text: String
  /// The left edge.
  var x1: Double
  /// The top edge.
  var y1: Double
  /// The right edge.
  var x2: Double
  /// The bottom edge (about the baseline).
  var y2: Double
  /// The font size most of the line's letters are set in.
  var size: Double
  /// Whether every letter of the line is set in a bold face.
  var bold: Bool
  /// The left edge of each word, in order.
  var wordStarts: [Double]

  /// The line's height.
  var height: Double { y2 - y1 }

  /// The line with `other` appended after a space (same baseline, to its right).
  func joined(with other: PDFLine) -> PDFLine {
    PDFLine(
      text: text + " " + other.text, x1: min(x1, other.x1), y1: min(y1, other.y1),
      x2: max(x2, other.x2), y2: max(y2, other.y2),
      size: text.count >= other.text.count ? size : other.size,
      bold: bold && other.bold, wordStarts: wordStarts + other.wordStarts)
  }
}
