/// What a paragraph style of a Word or OpenDocument file makes of the
/// paragraphs that use it.
enum ParagraphRole: Equatable {
  /// A heading of this level (1 is the top).
  case heading(level: Int)
  /// A list item.
  case listItem
  /// A line of a table of contents, left out.
  case tableOfContents

  /// The role a style name or id reads as, or `nil` for body text.
  ///
  /// Names in any of the office suites' languages count: "heading 2",
  /// "Kop2", "Überschrift 2" and "Title"/"Titel"
  /// (level 1) are headings; "toc 1", "Contents 1", "Inhopg1" are a table of
  /// contents. OpenDocument's encoded spaces (`Heading_20_1`) count as spaces.
  init?(styleName name: String) {
    let folded = name.replacingOccurrences(of: "_20_", with: " ").lowercased()
      .filter { !$0.isWhitespace }
    if ["title", "titel", "titre", "titolo", "título"].contains(folded) {
      self = .heading(level: 1)
      return
    }
    guard let digit = folded.last?.wholeNumberValue, (1...9).contains(digit) else { return nil }
    let stem = String(folded.dropLast())
    if ["heading", "kop", "titre", "überschrift", "encabezado", "titolo"].contains(stem) {
      self = .heading(level: digit)
    } else if ["toc", "contents", "inhopg", "inhoudsopgave", "verzeichnis"].contains(stem) {
      self = .tableOfContents
    } else {
      return nil
    }
  }
}
