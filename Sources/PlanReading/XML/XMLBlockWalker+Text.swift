// MARK: - Running text

extension XMLBlockWalker {
  /// The text of an element as running text: text nodes and inline children in
  /// order, skipped elements left out, footnotes moved to `notes`, and any
  /// block-level child set off by spaces.
  /// - Parameter spacingParts: For headings: sets the parts of a `Kop`
  ///   (`Label`, `Nummer`, `Opschrift`) off by spaces, so they read
  ///   "Artikel 1 Begripsbepalingen".
  func flatten(
    _ element: XMLElementNode, path: String, notes: inout [Block], spacingParts: Bool = false
  ) -> String {
    var text = ""
    var paths = SiblingPaths(of: element, path: path)
    let context = XMLRoleContext(inBlock: true, parentName: element.localName)
    for content in element.children {
      switch content {
      case .text(let value):
        text += value
      case .entityReference:
        text += " "
      case .element(let child):
        let childPath = paths.next(child)
        let role = rules.role(of: child, in: context)
        let inner = { (notes: inout [Block]) in
          flatten(child, path: childPath, notes: &notes, spacingParts: spacingParts)
        }
        switch role {
        case .skip:
          continue
        case .note:
          if let note = noteBlock(child, path: childPath) { notes.append(note) }
        case .inline where child.children.isEmpty:
          text += " "  // <br/>, an empty reference: keep the words apart
        case .inline
        where !(spacingParts && Self.headingParts.contains(child.localName.lowercased())):
          text += inner(&notes)
        default:
          text += " " + inner(&notes) + " "
        }
      }
    }
    return text
  }

  /// The parts of a heading that are set off by spaces.
  private static let headingParts: Set<String> = [
    "label", "nummer", "nr", "titel", "opschrift", "subtitel", "title",
  ]
}

/// Builds element paths such as `/AanleveringBesluit/BesluitVersie/Artikel[2]`:
/// local names, with a 1-based index among same-named siblings where an
/// element has any.
struct SiblingPaths {
  private let parentPath: String
  /// Each distinct name of a child element, in the order it first comes: how
  /// many children have it, and how many of them have been passed.
  private var names: [(name: String, count: Int, seen: Int)] = []
  /// Where each name is in `names`, once a parent has many distinct names;
  /// until then they are compared one by one.
  private var positions: [String: Int]?
  private static let comparedNames = 8

  /// Prepares paths for the children of `parent`, whose own path is `path`.
  init(of parent: XMLElementNode, path: String) {
    parentPath = path
    for case .element(let child) in parent.children {
      if let position = position(of: child.localName) {
        names[position].count += 1
        continue
      }
      names.append((child.localName, 1, 0))
      if positions != nil {
        positions?[child.localName] = names.count - 1
      } else if names.count > Self.comparedNames {
        positions = Dictionary(
          uniqueKeysWithValues: names.indices.map { (names[$0].name, $0) })
      }
    }
  }

  private func position(of name: String) -> Int? {
    if let positions { return positions[name] }
    return names.firstIndex { $0.name == name }
  }

  /// The path of the next child element; call it for every child in order.
  mutating func next(_ child: XMLElementNode) -> String {
    let name = child.localName
    guard let position = position(of: name), names[position].count > 1 else {
      return path(name)
    }
    names[position].seen += 1
    return path(name, index: names[position].seen)
  }

  /// `parent/name`, or `parent/name[index]`, written straight into one
  /// string of the right size.
  private func path(_ name: String, index: Int? = nil) -> String {
    let number = index.map { "[\($0)]" } ?? ""
    let size = parentPath.utf8.count + 1 + name.utf8.count + number.utf8.count
    return String(unsafeUninitializedCapacity: size) { buffer in
      var count = 0
      func write(_ part: String) {
        let rest = UnsafeMutableBufferPointer(rebasing: buffer[count...])
        count += rest.initialize(from: part.utf8).1
      }
      write(parentPath)
      write("/")
      write(name)
      write(number)
      return count
    }
  }
}
