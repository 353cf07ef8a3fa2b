/// What the paragraph styles of a Word document (`word/styles.xml`) say about
/// the paragraphs that use them.
///
/// A style is a heading when it has an outline level (`w:outlineLvl` 0–8,
/// inherited through `w:basedOn`) or when its name or id reads like one in
/// any of Word's languages: "heading 1", "Kop 1", "Titre 1", "Überschrift 1".
/// "Title"/"Titel" is a heading of level 1; "toc 1" … (a table of contents)
/// is left out; a style with numbering (`w:numPr`) makes list items.
struct DOCXStyles {
  /// What one style makes of a paragraph.
  enum Role: Equatable {
    /// A heading of this level (1 is the top).
    case heading(level: Int)
    /// A list item.
    case listItem
    /// A line of a table of contents, left out.
    case tableOfContents
  }

  private var roles: [String: Role] = [:]

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
      var role: Role?
      // Walk up the basedOn chain; the nearest style that says something wins.
      while let step = current, role == nil {
        role = Self.role(named: step.name)
        if role == nil, let level = step.outlineLevel, (0...8).contains(level) {
          role = .heading(level: level + 1)
        }
        if role == nil, step.numbered { role = .listItem }
        guard let parent = step.basedOn, seen.insert(parent).inserted else { break }
        current = styles[parent]
      }
      if role == nil { role = Self.role(named: id) }
      roles[id] = role
    }
  }

  /// The role of the style with this id, or `nil` for body text.
  func role(ofStyle id: String) -> Role? {
    roles[id]
  }

  /// Whether a `w:numPr` turns numbering on (`w:numId` 0 turns it off).
  static func isNumbered(_ numbering: XMLElementNode) -> Bool {
    guard let id = numbering.child("numId")?.attribute("val") else { return true }
    return id != "0"
  }

  /// The role a style name or id reads as: "heading 2", "Kop2", "Title", "toc 1".
  static func role(named name: String) -> Role? {
    let folded = name.lowercased().filter { !$0.isWhitespace }
    if ["title", "titel", "titre", "titolo", "título"].contains(folded) {
      return .heading(level: 1)
    }
    guard let digit = folded.last?.wholeNumberValue, (1...9).contains(digit) else { return nil }
    let stem = folded.dropLast()
    if ["heading", "kop", "titre", "überschrift", "encabezado", "titolo"].contains(String(stem)) {
      return .heading(level: digit)
    }
    if ["toc", "inhopg", "verzeichnis"].contains(String(stem)) {
      return .tableOfContents
    }
    return nil
  }
}
