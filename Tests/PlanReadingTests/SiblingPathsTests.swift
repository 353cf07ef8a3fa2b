import Testing

@testable import PlanReading

/// Element paths index a child among its same-named siblings only where it
/// has any, whether the parent's child names are few (compared one by one) or
/// many (looked up in a table).
@Suite struct SiblingPathsTests {
  static func element(_ name: String, children: [XMLContent] = []) -> XMLElementNode {
    XMLElementNode(
      namespaceURI: nil, prefix: nil, localName: name, attributes: [], children: children,
      line: 1, ordinalOnLine: 0)
  }

  /// The paths the original dictionaries gave: a count of every name first.
  static func expectedPaths(_ names: [String], parent: String) -> [String] {
    var counts: [String: Int] = [:]
    for name in names { counts[name, default: 0] += 1 }
    var seen: [String: Int] = [:]
    return names.map { name in
      let index = seen[name, default: 0] + 1
      seen[name] = index
      return counts[name, default: 0] > 1 ? "\(parent)/\(name)[\(index)]" : "\(parent)/\(name)"
    }
  }

  @Test(arguments: [2, 8, 9, 30])
  func pathsWithDistinctNames(distinct: Int) {
    // Every third name comes twice more, spread over the whole list.
    let unique = (0..<distinct).map { "n\($0)" }
    let everyThird = unique.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
    let names = unique + everyThird + ["tekst"] + everyThird.reversed()
    let parent = Self.element(
      "parent", children: names.flatMap { [.element(Self.element($0)), .text(" ")] })
    var paths = SiblingPaths(of: parent, path: "/doc/parent")
    let found = parent.childElements.map { paths.next($0) }
    #expect(found == Self.expectedPaths(names, parent: "/doc/parent"))
  }
}
