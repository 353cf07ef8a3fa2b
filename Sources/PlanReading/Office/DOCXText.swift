/// The running text of WordprocessingML elements (`w:p`, `w:footnote`), with
/// tracked changes read as accepted.
///
/// Text comes from `w:t` only. Inserted and moved-to text (`w:ins`,
/// `w:moveTo`) is read; deleted and moved-from text (`w:del`, `w:moveFrom`),
/// field instructions, hidden runs (`w:vanish`) and drawings are left out.
/// Comments live in their own part and are never read. Tabs and line breaks
/// read as a space.
enum DOCXText {
  /// A reference to a footnote or endnote in running text.
  struct NoteReference: Hashable {
    /// The part the note is in: `word/footnotes.xml` or `word/endnotes.xml`.
    var part: String
    /// The note's `w:id`.
    var id: String
  }

  /// The text of an element, white space collapsed, and the notes it refers
  /// to, in order.
  static func text(of element: XMLElementNode) -> (text: String, notes: [NoteReference]) {
    var text = ""
    var notes: [NoteReference] = []
    append(element, to: &text, notes: &notes)
    return (text.collapsingXMLWhiteSpace(), notes)
  }

  private static func append(
    _ element: XMLElementNode, to text: inout String, notes: inout [NoteReference]
  ) {
    for case .element(let child) in element.children {
      switch child.localName {
      case "t":
        text += child.ownText
      case "tab", "ptab", "br", "cr":
        text += " "
      case "noBreakHyphen":
        text += "-"
      case "footnoteReference":
        if let id = child.attribute("id") {
          notes.append(NoteReference(part: "word/footnotes.xml", id: id))
        }
      case "endnoteReference":
        if let id = child.attribute("id") {
          notes.append(NoteReference(part: "word/endnotes.xml", id: id))
        }
      case "r" where isHidden(child):
        continue
      case _ where skipped.contains(child.localName):
        continue
      default:
        append(child, to: &text, notes: &notes)
      }
    }
  }

  /// Elements that hold no plan text: properties, deletions, field codes,
  /// drawings and text boxes, and the alternative content of newer Word
  /// features.
  private static let skipped: Set<String> = [
    "pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "del", "moveFrom", "delText",
    "instrText", "delInstrText", "fldData", "drawing", "pict", "object", "AlternateContent",
  ]

  /// Whether a run is hidden text (`w:vanish` without `w:val="0"`/`"false"`).
  private static func isHidden(_ run: XMLElementNode) -> Bool {
    guard let vanish = run.child("rPr")?.child("vanish") else { return false }
    return !["0", "false", "off"].contains(vanish.attribute("val") ?? "true")
  }
}
