import TestSupport
import Testing

@testable import Scoring

/// ``SymbolAutomaton`` keeps the edges of inner nodes sorted per node and
/// finds a child by a binary search (``SymbolAutomaton/child(of:by:)``),
/// where it looked every edge up in a dictionary keyed by node and symbol;
/// these tests pin the children to that dictionary (built here as before) on
/// generated paths.
@Suite("SymbolAutomaton: children by a search of sorted edges, as by the table before")
struct SymbolAutomatonEdgesTests {
  /// The children of inner nodes as the automaton's builder kept them before.
  private static func childrenBefore(_ paths: [[Int32]], symbolCount: Int) -> [UInt64: Int32] {
    var rootChildren = [Int32](repeating: -1, count: symbolCount)
    var children: [UInt64: Int32] = [:]
    var nodeCount: Int32 = 1
    for path in paths {
      var node: Int32 = 0
      for symbol in path {
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: symbol))
        let existing = node == 0 ? rootChildren[Int(symbol)] : children[key] ?? -1
        if existing >= 0 {
          node = existing
          continue
        }
        let child = nodeCount
        nodeCount += 1
        if node == 0 { rootChildren[Int(symbol)] = child } else { children[key] = child }
        node = child
      }
    }
    return children
  }

  @Test("generated paths give every inner node the children it had")
  func generated() {
    var generator = SeededGenerator(state: 0x9E37_79B9_7F4A_7C15)
    var edges = 0
    for round in 0..<200 {
      let symbolCount = 1 + generator.next(below: round < 100 ? 6 : 300)
      let paths = (0..<generator.next(below: 120)).map { _ in
        (0..<1 + generator.next(below: 5)).map { _ in Int32(generator.next(below: symbolCount)) }
      }
      let automaton = SymbolAutomaton(paths: paths, symbolCount: symbolCount)
      let before = Self.childrenBefore(paths, symbolCount: symbolCount)
      for node in 1..<Int32(automaton.depths.count) {
        for symbol in 0..<Int32(symbolCount) {
          let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: symbol))
          #expect(automaton.child(of: node, by: symbol) == before[key] ?? -1)
        }
      }
      edges += before.count
    }
    #expect(edges > 5_000)
  }
}
