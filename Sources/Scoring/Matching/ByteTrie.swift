/// A character trie over the UTF-8 bytes of folded word cores, frozen into
/// flat arrays for fast, allocation-free walks.
///
/// Each core ends at a node that carries its symbol. Walking a token's bytes
/// visits at most one node per byte, so finding every core that starts a
/// token costs O(token length), however many cores the trie holds.
struct ByteTrie: Sendable {
  /// Child of the root per byte value, or -1.
  private var rootChildren = [Int32](repeating: -1, count: 256)
  /// Index of each node's first edge in `edgeBytes`; one extra entry at the end.
  private var edgeStart: [Int32] = [0, 0]
  /// Edge labels, sorted per node.
  private var edgeBytes: [UInt8] = []
  /// Edge targets, parallel to `edgeBytes`.
  private var edgeTargets: [Int32] = []
  /// The symbol of the core ending at each node, or -1.
  private var terminals: [Int32] = [-1]

  /// Whether the trie holds no core.
  var isEmpty: Bool { edgeBytes.isEmpty }

  /// Builds a trie of `cores`, each with its symbol; `reversed` stores the
  /// cores backwards, for suffix matching with ``walkBackward(_:into:steps:)``.
  init(cores: [(core: String, symbol: Int32)], reversed: Bool = false) {
    var children: [[UInt8: Int32]] = [[:]]
    var terminals: [Int32] = [-1]
    for (core, symbol) in cores {
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
    for (node, edges) in children.enumerated() {
      edgeStart.append(Int32(edgeBytes.count))
      for (byte, child) in edges.sorted(by: { $0.key < $1.key }) {
        edgeBytes.append(byte)
        edgeTargets.append(child)
        if node == 0 { rootChildren[Int(byte)] = child }
      }
    }
    edgeStart.append(Int32(edgeBytes.count))
  }

  // MARK: - Walking

  /// Appends the symbol of every core that `bytes[start...]` starts with.
  func walkForward(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into symbols: inout [Int32],
    steps: inout Int
  ) {
    var node: Int32 = 0
    var index = start
    while index < bytes.count {
      steps += 1
      node = child(of: node, byte: bytes[index])
      guard node >= 0 else { return }
      Self.append(terminals[Int(node)], to: &symbols)
      index += 1
    }
  }

  /// Appends the symbol of every core that `bytes` ends with (reversed trie).
  func walkBackward(
    _ bytes: UnsafeBufferPointer<UInt8>, into symbols: inout [Int32], steps: inout Int
  ) {
    var node: Int32 = 0
    var index = bytes.count - 1
    while index >= 0 {
      steps += 1
      node = child(of: node, byte: bytes[index])
      guard node >= 0 else { return }
      Self.append(terminals[Int(node)], to: &symbols)
      index -= 1
    }
  }

  /// The child of `node` along `byte`, or -1.
  @inline(__always)
  private func child(of node: Int32, byte: UInt8) -> Int32 {
    if node == 0 { return rootChildren[Int(byte)] }
    var edge = Int(edgeStart[Int(node)])
    let end = Int(edgeStart[Int(node) + 1])
    while edge < end {
      let label = edgeBytes[edge]
      if label == byte { return edgeTargets[edge] }
      if label > byte { return -1 }
      edge += 1
    }
    return -1
  }

  /// Appends `symbol` unless it is -1 or already present.
  @inline(__always)
  static func append(_ symbol: Int32, to symbols: inout [Int32]) {
    if symbol >= 0, !symbols.contains(symbol) { symbols.append(symbol) }
  }
}
