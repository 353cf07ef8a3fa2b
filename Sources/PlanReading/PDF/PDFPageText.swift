/// The text lines of one page, with the page's size in points.
struct PDFPageText {
  /// The page width.
  var width: Double
  /// The page height.
  var height: Double
  /// The lines, in the order poppler gives them.
  var lines: [PDFLine]
}
