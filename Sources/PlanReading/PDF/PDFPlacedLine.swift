/// A line of a PDF page in reading order, with where it stands.
struct PDFPlacedLine {
  /// The typeset line.
  var line: PDFLine
  /// The 1-based page number.
  var page: Int
  /// The 1-based number of the line on its page, in reading order.
  var number: Int
  /// The left edge of the column the line stands in.
  var columnLeft: Double
  /// The right edge of the column the line stands in.
  var columnRight: Double
  /// The page height, to tell the top and bottom of a page.
  var pageHeight: Double
}
