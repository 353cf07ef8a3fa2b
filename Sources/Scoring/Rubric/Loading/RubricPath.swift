/// Builds and compares the JSON paths problems are reported at, such as
/// `criteria[3].rules[0].groups[1]`. The whole file has the empty path.
enum RubricPath {
  /// The path of the member `key` of the object at `path`.
  static func member(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  /// The path of element `index` of the list at `path`.
  static func element(_ path: String, _ index: Int) -> String {
    "\(path)[\(index)]"
  }

  /// Whether `path` is `ancestor` itself or lies inside it.
  static func path(_ path: String, isWithin ancestor: String) -> Bool {
    if ancestor.isEmpty || path == ancestor { return true }
    guard path.hasPrefix(ancestor) else { return false }
    let next = path[path.index(path.startIndex, offsetBy: ancestor.count)]
    return next == "." || next == "["
  }

  /// The path one step up: `a.b[2]` → `a.b` → `a` → the empty path.
  static func parent(of path: String) -> String {
    guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
    return String(path[..<cut])
  }
}

/// The position of every value in a parsed rubric, by path, so that problems
/// found in the typed model can name their line.
struct RubricPositions: Sendable {
  private var positions: [String: JSONPosition] = [:]

  /// Records the positions of `root` and everything inside it.
  init(root: JSONNode) {
    record(root, at: "", position: root.position)
  }

  /// The position of the value at `path`, or of its nearest recorded
  /// ancestor (a missing key is reported where its object starts).
  func position(of path: String) -> JSONPosition? {
    var current = path
    while true {
      if let position = positions[current] { return position }
      if current.isEmpty { return nil }
      current = RubricPath.parent(of: current)
    }
  }

  private mutating func record(_ node: JSONNode, at path: String, position: JSONPosition) {
    if positions[path] == nil { positions[path] = position }
    switch node.value {
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        record(element, at: RubricPath.element(path, index), position: element.position)
      }
    case .object(let members):
      for member in members {
        record(member.value, at: RubricPath.member(path, member.key), position: member.keyPosition)
      }
    case .null, .bool, .number, .string:
      break
    }
  }
}
