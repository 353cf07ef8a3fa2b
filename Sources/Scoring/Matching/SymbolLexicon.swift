/// Maps every distinct ``WordPattern`` of a matcher to a symbol (its index),
/// and finds all symbols one token matches.
///
/// Exact stems are looked up in a dictionary; prefix cores are found by
/// walking a trie forward over the token, suffix cores by walking a reversed
/// trie backward over its folded form and its stem, and infix cores by
/// walking the infix trie from every start position. The cost per token is
/// O(token length) (O(length²) at worst for infixes), independent of how many
/// patterns exist.
struct SymbolLexicon: Sendable {
  /// Symbol of each exact stem.
  private let stems: [String: Int32]
  /// Prefix cores, forward.
  private let prefixes: ByteTrie
  /// Suffix cores, reversed.
  private let suffixes: ByteTrie
  /// Infix cores, forward; walked from every start position.
  private let infixes: ByteTrie
  /// How many symbols there are.
  let symbolCount: Int

  /// Builds the lexicon of `patterns`; the symbol of `patterns[i]` is `i`.
  /// - Precondition: `patterns` holds no duplicates.
  init(patterns: [WordPattern]) {
    var stems: [String: Int32] = [:]
    var prefixes: [(String, Int32)] = []
    var suffixes: [(String, Int32)] = []
    var infixes: [(String, Int32)] = []
    for (index, pattern) in patterns.enumerated() {
      let symbol = Int32(index)
      switch pattern {
      case .stem(let stem): stems[stem] = symbol
      case .prefix(let core): prefixes.append((core, symbol))
      case .suffix(let core): suffixes.append((core, symbol))
      case .infix(let core): infixes.append((core, symbol))
      }
    }
    self.stems = stems
    self.prefixes = ByteTrie(cores: prefixes)
    self.suffixes = ByteTrie(cores: suffixes, reversed: true)
    self.infixes = ByteTrie(cores: infixes)
    symbolCount = patterns.count
  }

  /// Replaces `symbols` with the symbols `token` matches, each once.
  func symbols(of token: Token, into symbols: inout [Int32], stats: inout MatchStats) {
    symbols.removeAll(keepingCapacity: true)
    stats.lexiconSteps += 1
    if let symbol = stems[token.stem] { symbols.append(symbol) }
    if prefixes.isEmpty && suffixes.isEmpty && infixes.isEmpty { return }
    var steps = 0
    Self.withBytes(of: token.folded) { folded in
      if !prefixes.isEmpty { prefixes.walkForward(folded, from: 0, into: &symbols, steps: &steps) }
      if !suffixes.isEmpty { suffixes.walkBackward(folded, into: &symbols, steps: &steps) }
      if !infixes.isEmpty {
        for start in 0..<folded.count {
          infixes.walkForward(folded, from: start, into: &symbols, steps: &steps)
        }
      }
    }
    if !suffixes.isEmpty, token.stem != token.folded {
      Self.withBytes(of: token.stem) { stem in
        suffixes.walkBackward(stem, into: &symbols, steps: &steps)
      }
    }
    stats.lexiconSteps += steps
  }

  /// Calls `body` with the UTF-8 bytes of `string`, contiguous.
  @inline(__always)
  private static func withBytes(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    if string.utf8.withContiguousStorageIfAvailable(body) == nil {
      Array(string.utf8).withUnsafeBufferPointer(body)
    }
  }
}
