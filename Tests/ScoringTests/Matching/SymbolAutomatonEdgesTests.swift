import Testing

@testable import Scoring

/// ``SymbolAutomaton`` keeps the edges of inner nodes sorted per node and
/// finds a child by a binary search (``SymbolAutomaton/child(of:by:)``),
/// where it looked every edge up in a dictionary keyed by node and symbol;
/// these tests pin the children to that dictionary (built here as before) on
/// generated paths.
@Suite("SymbolAutomaton: children by a search of sorted edges, as by the table before")
struct SymbolAutomatonEdgesTests {
  /// A generator with a fixed seed, so every run sees the same paths.
  private struct Generator {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

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
    var generator = Generator()
    var edges = 0
    for round in 0..<200 {
      let symbolCount = 1 + generator.next(round < 100 ? 6 : 300)
      let paths = (0..<generator.next(120)).map { _ in
        (0..<1 + generator.next(5)).map { _ in Int32(generator.next(symbolCount)) }
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
