/// What the paragraph styles of a Word document (`word/styles.xml`) say about
/// the paragraphs that use them.
///
/// A style is a heading when its name or id reads like one (see
/// ``ParagraphRole/init(styleName:)``: "heading 1", "Kop 1", "Title") or when
/// it has an outline level (`w:outlineLvl` 0–8); "toc 1" (a table of contents)
/// is left out; a style with numbering (`w:numPr`) makes list items. Each is
/// inherited through `w:basedOn`.
struct DOCXStyles {
  private var roles: [String: ParagraphRole] = [:]

  /// No styles: every paragraph is body text unless it says otherwise.
  init() {}

  /// Reads the styles part.
  init(_ tree: XMLDocumentTree) {
    struct Style {
      var name: String
      var basedOn: String?
      var outlineLevel: Int?
      var numbered: Bool
    }
    var styles: [String: Style] = [:]
    for element in tree.root.childElements where element.localName == "style" {
      guard element.attribute("type") == "paragraph", let id = element.attribute("styleId")
      else { continue }
      let properties = element.child("pPr")
      styles[id] = Style(
        name: element.child("name")?.attribute("val") ?? id,
        basedOn: element.child("basedOn")?.attribute("val"),
        outlineLevel: properties?.child("outlineLvl")?.attribute("val").flatMap { Int($0) },
        numbered: properties?.child("numPr").map(Self.isNumbered) ?? false)
    }
    for (id, style) in styles {
      var current: Style? = style
      var seen: Set<String> = []
      var role: ParagraphRole?
      // Walk up the basedOn chain; the nearest style that says something wins.
      while let step = current, role == nil {
        role = ParagraphRole(styleName: step.name)
        if role == nil, let level = step.outlineLevel, (0...8).contains(level) {
          role = .heading(level: level + 1)
        }
        if role == nil, step.numbered { role = .listItem }
        guard let parent = step.basedOn, seen.insert(parent).inserted else { break }
        guard let next = styles[parent] else {
          role = role ?? ParagraphRole(styleName: parent)
          break
        }
        current = next
      }
      if role == nil { role = ParagraphRole(styleName: id) }
      roles[id] = role
    }
  }

  /// The role of the style with this id, or `nil` for body text.
  func role(ofStyle id: String) -> ParagraphRole? {
    roles[id]
  }

  /// Whether a `w:numPr` turns numbering on (`w:numId` 0 turns it off).
  static func isNumbered(_ numbering: XMLElementNode) -> Bool {
    guard let id = numbering.child("numId")?.attribute("val") else { return true }
    return id != "0"
  }
}
