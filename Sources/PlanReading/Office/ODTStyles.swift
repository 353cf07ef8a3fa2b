/// What the styles of an OpenDocument text (`styles.xml` and the automatic
/// styles of `content.xml`) say about its paragraphs and spans.
///
/// A paragraph style is a heading when its display name reads like one (see
/// ``ParagraphRole/init(styleName:)``: "Heading 1", "Kop 1", "Title") or when
/// it has a default outline level; a table of contents when its name says so
/// ("Contents 1"); a list item when it has a list style (an empty list style
/// turns lists off). Each is inherited through `style:parent-style-name`. A
/// text style with `text:display="none"` hides its spans.
struct ODTStyles {
  private var roles: [String: ParagraphRole] = [:]
  private var hidden: Set<String> = []

  /// Reads the styles of the given parts, later parts overriding earlier ones.
  init(_ trees: [XMLDocumentTree]) {
    struct Style {
      var displayName: String
      var parent: String?
      var outlineLevel: Int?
      var listStyle: String?
    }
    var styles: [String: Style] = [:]
    for tree in trees {
      let groups = tree.root.childElements.filter {
        ["styles", "automatic-styles"].contains($0.localName)
      }
      for style in groups.flatMap(\.childElements) where style.localName == "style" {
        guard let name = style.attribute("name") else { continue }
        switch style.attribute("family") {
        case "paragraph":
          styles[name] = Style(
            displayName: style.attribute("display-name") ?? name,
            parent: style.attribute("parent-style-name"),
            outlineLevel: style.attribute("default-outline-level").flatMap { Int($0) },
            listStyle: style.attribute("list-style-name"))
        case "text":
          if style.child("text-properties")?.attribute("display") == "none" {
            hidden.insert(name)
          }
        default:
          break
        }
      }
    }
    for (name, style) in styles {
      var current: Style? = style
      var seen: Set<String> = [name]
      var role: ParagraphRole?
      var listsOff = false
      // Walk up the parents; the nearest style that says something wins.
      while let step = current, role == nil {
        role = ParagraphRole(styleName: step.displayName)
        if role == nil, let level = step.outlineLevel, level >= 1 {
          role = .heading(level: level)
        }
        if role == nil, !listsOff, let list = step.listStyle {
          if list.isEmpty { listsOff = true } else { role = .listItem }
        }
        guard let parent = step.parent, seen.insert(parent).inserted else { break }
        // A parent defined in a part that was not read is known by its name only.
        guard let next = styles[parent] else {
          role = role ?? ParagraphRole(styleName: parent)
          break
        }
        current = next
      }
      roles[name] = role
    }
  }

  /// The role of the paragraph style with this name, or `nil` for body text.
  func role(ofStyle name: String) -> ParagraphRole? {
    roles[name] ?? ParagraphRole(styleName: name)
  }

  /// Whether spans of the text style with this name are hidden.
  func hides(_ textStyle: String) -> Bool {
    hidden.contains(textStyle)
  }
}
