/// Where a piece of text stands in the source file, so a reader can check it.
public struct SourceLocation: Sendable, Codable, Equatable, Hashable {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, counted in characters; 1 when only the line is known.
  public var column: Int
  /// For XML: the element path from the root, such as
  /// `/AanleveringBesluit/BesluitVersie/RegelingVrijetekst/Lichaam/Divisie[2]/Al[1]`.
  public var elementPath: String?
  /// For PDF: the 1-based page number, encoded only when present.
  ///
  /// `line` is then the line on that page, in reading order.
  public var page: Int?

  /// Creates a location.
  public init(line: Int, column: Int = 1, elementPath: String? = nil, page: Int? = nil) {
    self.line = line
    self.column = column
    self.elementPath = elementPath
    self.page = page
  }
}

extension SourceLocation: CustomStringConvertible {
  /// `line:column`, followed by the element path when there is one; for a
  /// PDF, `p. page, line`.
  public var description: String {
    if let page { return "p. \(page), line \(line)" }
    if let elementPath { return "\(line):\(column) \(elementPath)" }
    return "\(line):\(column)"
  }
}
