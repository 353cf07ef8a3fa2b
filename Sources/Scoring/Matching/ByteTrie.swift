/// A character trie over the UTF-8 bytes of folded word cores, frozen into
/// flat arrays for fast, allocation-free walks.
///
/// Each core ends at a node that carries its symbol. Walking a token's bytes
/// visits at most one node per byte, so finding every core that starts (or,
/// in a reversed trie, ends) a token costs O(token length), however many
/// cores the trie holds.
struct ByteTrie: Sendable {
  /// Child of the root per byte value (as an edge value), or -1.
  private var rootEdges = [Int64](repeating: -1, count: 256)
  /// Index of each node's first edge in `edges`; one extra entry at the end.
  private var edgeStart: [Int32] = [0, 0]
  /// Edges sorted by byte per node: `byte << 40 | isTerminal << 32 | target`.
  private var edges: [Int64] = []
  /// The symbol of the core ending at each node, or -1.
  private var terminals: [Int32] = [-1]

  /// The length in bytes of the shortest core; shorter words cannot match.
  private(set) var shortestCore = Int.max

  /// Whether the trie holds no core.
  var isEmpty: Bool { edges.isEmpty }

  /// Builds a trie of `cores`, each with its symbol; `reversed` stores the
  /// cores backwards, for suffix matching with ``walkBackward(_:into:steps:)``.
  init(cores: [(core: String, symbol: Int32)], reversed: Bool = false) {
    var children: [[UInt8: Int32]] = [[:]]
    var terminals: [Int32] = [-1]
    for (core, symbol) in cores where !core.isEmpty {
      shortestCore = min(shortestCore, core.utf8.count)
      var node = 0
      let bytes = reversed ? Array(core.utf8.reversed()) : Array(core.utf8)
      for byte in bytes {
        if let child = children[node][byte] {
          node = Int(child)
        } else {
          children.append([:])
          terminals.append(-1)
          children[node][byte] = Int32(children.count - 1)
          node = children.count - 1
        }
      }
      terminals[node] = symbol
    }
    self.terminals = terminals
    edgeStart = []
    for (node, nodeChildren) in children.enumerated() {
      edgeStart.append(Int32(edges.count))
      for (byte, child) in nodeChildren.sorted(by: { $0.key < $1.key }) {
        let terminal: Int64 = terminals[Int(child)] >= 0 ? 1 << 32 : 0
        let edge = Int64(byte) << 40 | terminal | Int64(child)
        edges.append(edge)
        if node == 0 { rootEdges[Int(byte)] = edge }
      }
    }
    edgeStart.append(Int32(edges.count))
  }

  // MARK: - Walking

  /// Appends the symbol of every core that `bytes` starts with.
  func walkForward(
    _ bytes: UnsafeBufferPointer<UInt8>, into symbols: inout [Int32], steps: inout Int
  ) {
    guard bytes.count >= shortestCore else { return }
    var node = 0
    var index = 0
    while index < bytes.count {
      steps += 1
      let edge = self.edge(from: node, byte: bytes[index])
      guard edge >= 0 else { return }
      node = Int(edge & 0xFFFF_FFFF)
      if edge & (1 << 32) != 0 { Self.append(terminals[node], to: &symbols) }
      index += 1
    }
  }

  /// Appends the symbol of every core that `bytes` ends with (reversed trie).
  func walkBackward(
    _ bytes: UnsafeBufferPointer<UInt8>, into symbols: inout [Int32], steps: inout Int
  ) {
    guard bytes.count >= shortestCore else { return }
    var node = 0
    var index = bytes.count - 1
    while index >= 0 {
      steps += 1
      let edge = self.edge(from: node, byte: bytes[index])
      guard edge >= 0 else { return }
      node = Int(edge & 0xFFFF_FFFF)
      if edge & (1 << 32) != 0 { Self.append(terminals[node], to: &symbols) }
      index -= 1
    }
  }

  /// The edge from `node` along `byte`, or -1.
  @inline(__always)
  private func edge(from node: Int, byte: UInt8) -> Int64 {
    if node == 0 { return rootEdges[Int(byte)] }
    let key = Int64(byte)
    var index = Int(edgeStart[node])
    let end = Int(edgeStart[node + 1])
    while index < end {
      let edge = edges[index]
      let label = edge >> 40
      if label == key { return edge }
      if label > key { return -1 }
      index += 1
    }
    return -1
  }

  /// Appends `symbol` unless it is -1 or already present.
  @inline(__always)
  static func append(_ symbol: Int32, to symbols: inout [Int32]) {
    if symbol >= 0, !symbols.contains(symbol) { symbols.append(symbol) }
  }
}
