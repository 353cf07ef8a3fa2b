/// An Aho-Corasick automaton over the UTF-8 bytes of infix cores, compiled to
/// a complete transition table over byte classes.
///
/// One scan of a token visits one state per byte and reports every core that
/// occurs anywhere in it, so finding all `*core*` patterns a token matches
/// costs O(token length), however many cores there are.
struct ByteAhoCorasick: Sendable {
  /// The class of each byte value; bytes that occur in no core share class 0.
  private let byteClasses: [UInt8]
  /// Number of byte classes (columns of `table`).
  private let classCount: Int
  /// Transition table: `table[state * classCount + class]` is the next state,
  /// negated (`~state`) when that state has outputs.
  private let table: [Int32]
  /// Index of each state's first output in `outputList`; one extra entry at the end.
  private let outputStart: [Int32]
  /// The symbols of the cores that end at each state, through failure links too.
  private let outputList: [Int32]

  /// The length in bytes of the shortest core; shorter words cannot match.
  private let shortestCore: Int

  /// Whether the automaton holds no core.
  var isEmpty: Bool { outputList.isEmpty }

  /// Builds the automaton of `cores`, each with its symbol.
  init(cores: [(core: String, symbol: Int32)]) {
    var classes = [UInt8](repeating: 0, count: 256)
    var classCount = 1
    for (core, _) in cores {
      for byte in core.utf8 where classes[Int(byte)] == 0 && classCount < 255 {
        classes[Int(byte)] = UInt8(classCount)
        classCount += 1
      }
    }
    // The trie, with its own outputs.
    var children: [[UInt8: Int32]] = [[:]]
    var own: [[Int32]] = [[]]
    for (core, symbol) in cores where !core.isEmpty {
      var state = 0
      for byte in core.utf8 {
        let byteClass = classes[Int(byte)]
        if let child = children[state][byteClass] {
          state = Int(child)
        } else {
          children.append([:])
          own.append([])
          children[state][byteClass] = Int32(children.count - 1)
          state = children.count - 1
        }
      }
      if !own[state].contains(symbol) { own[state].append(symbol) }
    }
    // Failure links in breadth-first order complete the table and merge outputs.
    var table = [Int32](repeating: 0, count: children.count * classCount)
    var failure = [Int32](repeating: 0, count: children.count)
    var outputs = own
    var queue: [Int] = []
    for (byteClass, child) in children[0] {
      table[Int(byteClass)] = child
      queue.append(Int(child))
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      let fallback = Int(failure[state])
      for byteClass in 0..<classCount {
        table[state * classCount + byteClass] = table[fallback * classCount + byteClass]
      }
      for (byteClass, child) in children[state] {
        table[state * classCount + Int(byteClass)] = child
        let childFailure = Int(table[fallback * classCount + Int(byteClass)])
        failure[Int(child)] = Int32(childFailure == Int(child) ? 0 : childFailure)
        queue.append(Int(child))
      }
      outputs[state] += outputs[fallback].filter { !outputs[state].contains($0) }
    }
    byteClasses = classes
    self.classCount = classCount
    shortestCore = cores.map(\.core.utf8.count).filter { $0 > 0 }.min() ?? Int.max
    self.table = table.map { outputs[Int($0)].isEmpty ? $0 : ~$0 }
    var outputStart: [Int32] = []
    var outputList: [Int32] = []
    for stateOutputs in outputs {
      outputStart.append(Int32(outputList.count))
      outputList.append(contentsOf: stateOutputs)
    }
    outputStart.append(Int32(outputList.count))
    self.outputStart = outputStart
    self.outputList = outputList
  }

  /// Appends the symbol of every core that occurs in `bytes`, each once.
  func scan(_ bytes: UnsafeBufferPointer<UInt8>, into symbols: inout [Int32], steps: inout Int) {
    guard bytes.count >= shortestCore else { return }
    var state = 0
    steps += bytes.count
    for byte in bytes {
      let next = table[state * classCount + Int(byteClasses[Int(byte)])]
      guard next < 0 else {
        state = Int(next)
        continue
      }
      state = Int(~next)
      for index in Int(outputStart[state])..<Int(outputStart[state + 1]) {
        ByteTrie.append(outputList[index], to: &symbols)
      }
    }
  }
}
