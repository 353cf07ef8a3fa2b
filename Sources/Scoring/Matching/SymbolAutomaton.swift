/// A trie over symbol sequences, run as an automaton with a set of active
/// states, since one token may carry several symbols.
///
/// Every phrase pattern is a path of symbols from the root; the node where a
/// path ends outputs that pattern. A pass keeps the nodes reached by the
/// tokens so far and advances each by every symbol of the next token, so its
/// cost follows the text and the few paths it actually walks, never the number
/// of paths.
struct SymbolAutomaton: Sendable {
  /// Child of the root per symbol, or -1.
  private let rootChildren: [Int32]
  /// Where the edges of each node start in `edgeSymbols` and `edgeChildren`;
  /// one extra entry at the end. The root's edges are in `rootChildren`.
  private let edgeStart: [Int32]
  /// The symbols of the edges of inner nodes, ascending per node.
  private let edgeSymbols: [Int32]
  /// The child each edge leads to.
  private let edgeChildren: [Int32]
  /// Path length (in tokens) of each node.
  let depths: [Int32]
  /// Index of each node's first output in `outputList`; one extra entry at the end.
  private let outputStart: [Int32]
  /// The patterns ending at each node, flat.
  private let outputList: [Int32]

  /// Builds the automaton of `paths`; path `i` outputs `i`.
  init(paths: [[Int32]], symbolCount: Int) {
    var rootChildren = [Int32](repeating: -1, count: symbolCount)
    var children: [UInt64: Int32] = [:]
    var depths: [Int32] = [0]
    var outputs: [[Int32]] = [[]]
    for (index, path) in paths.enumerated() {
      var node: Int32 = 0
      for symbol in path {
        let existing =
          node == 0
          ? rootChildren[Int(symbol)] : children[Self.key(node, symbol)] ?? -1
        if existing >= 0 {
          node = existing
          continue
        }
        let child = Int32(depths.count)
        depths.append(depths[Int(node)] + 1)
        outputs.append([])
        if node == 0 {
          rootChildren[Int(symbol)] = child
        } else {
          children[Self.key(node, symbol)] = child
        }
        node = child
      }
      outputs[Int(node)].append(Int32(index))
    }
    self.rootChildren = rootChildren
    (edgeStart, edgeSymbols, edgeChildren) = Self.edges(children, nodeCount: depths.count)
    self.depths = depths
    var outputStart: [Int32] = []
    var outputList: [Int32] = []
    for nodeOutputs in outputs {
      outputStart.append(Int32(outputList.count))
      outputList.append(contentsOf: nodeOutputs)
    }
    outputStart.append(Int32(outputList.count))
    self.outputStart = outputStart
    self.outputList = outputList
  }

  /// Replaces `next` with the nodes reached from the root and from each of
  /// `active` by one of `symbols`.
  func advance(
    _ active: [Int32], by symbols: UnsafeBufferPointer<Int32>, into next: inout [Int32], stats: inout MatchStats
  ) {
    if !next.isEmpty { next.removeAll(keepingCapacity: true) }
    guard !symbols.isEmpty else { return }
    for symbol in symbols {
      stats.transitions += 1
      let child = rootChildren[Int(symbol)]
      if child >= 0 { next.append(child) }
    }
    for node in active {
      for symbol in symbols {
        stats.transitions += 1
        let child = child(of: node, by: symbol)
        if child >= 0 { next.append(child) }
      }
    }
  }

  /// The child of inner node `node` along `symbol`, or -1: a binary search
  /// of the node's edges (most nodes have one).
  @inline(__always)
  func child(of node: Int32, by symbol: Int32) -> Int32 {
    var low = Int(edgeStart[Int(node)])
    var high = Int(edgeStart[Int(node) + 1])
    while low < high {
      let middle = (low + high) / 2
      let found = edgeSymbols[middle]
      if found == symbol { return edgeChildren[middle] }
      if found < symbol { low = middle + 1 } else { high = middle }
    }
    return -1
  }

  /// The edges of inner nodes in `children` (keyed as ``key(_:_:)``), sorted
  /// by node and symbol, with where each node's edges start.
  private static func edges(
    _ children: [UInt64: Int32], nodeCount: Int
  ) -> (start: [Int32], symbols: [Int32], children: [Int32]) {
    let sorted = children.sorted { $0.key < $1.key }
    var start = [Int32](repeating: 0, count: nodeCount + 1)
    for (key, _) in sorted { start[Int(key >> 32) + 1] += 1 }
    for node in 0..<nodeCount { start[node + 1] += start[node] }
    return (
      start, sorted.map { Int32(truncatingIfNeeded: $0.key & 0xFFFF_FFFF) }, sorted.map(\.value)
    )
  }

  /// The patterns whose path ends at `node`.
  @inline(__always)
  func outputs(of node: Int32) -> ArraySlice<Int32> {
    outputList[Int(outputStart[Int(node)])..<Int(outputStart[Int(node) + 1])]
  }

  /// The key of the edge from `node` along `symbol` while the automaton is built.
  @inline(__always)
  private static func key(_ node: Int32, _ symbol: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: symbol))
  }
}
