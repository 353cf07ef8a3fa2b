/// Maps every distinct ``WordPattern`` of a matcher to a symbol (its index),
/// and finds all symbols one token matches.
///
/// Exact stems are looked up in a hash table; prefix cores are found by
/// walking a trie forward over the token, suffix cores by walking a reversed
/// trie backward over its folded form and its stem, and infix cores by one
/// Aho-Corasick scan of the folded form. The cost per token is O(token
/// length), independent of how many patterns exist.
struct SymbolLexicon: Sendable {
  /// Symbol of each exact stem.
  private let stems: ByteKeyTable
  /// Prefix cores, forward.
  private let prefixes: ByteTrie
  /// Suffix cores, reversed.
  private let suffixes: ByteTrie
  /// Infix cores, found in one scan of the token.
  private let infixes: ByteAhoCorasick
  /// How many symbols there are.
  let symbolCount: Int
  /// Who this lexicon is, for caches of the symbols words match (see
  /// ``WordSymbols``): two lexicons never share one while either is kept.
  let identity = Identity()

  /// An object that stands for one lexicon, compared with `===`.
  final class Identity: Sendable {}

  /// Builds the lexicon of `patterns`; the symbol of `patterns[i]` is `i`.
  /// - Precondition: `patterns` holds no duplicates.
  init(patterns: [WordPattern]) {
    var stems: [(String, Int32)] = []
    var prefixes: [(String, Int32)] = []
    var suffixes: [(String, Int32)] = []
    var infixes: [(String, Int32)] = []
    for (index, pattern) in patterns.enumerated() {
      let symbol = Int32(index)
      switch pattern {
      case .stem(let stem): stems.append((stem, symbol))
      case .prefix(let core): prefixes.append((core, symbol))
      case .suffix(let core): suffixes.append((core, symbol))
      case .infix(let core): infixes.append((core, symbol))
      }
    }
    self.stems = ByteKeyTable(stems)
    self.prefixes = ByteTrie(cores: prefixes)
    self.suffixes = ByteTrie(cores: suffixes, reversed: true)
    self.infixes = ByteAhoCorasick(cores: infixes)
    symbolCount = patterns.count
  }

  /// Replaces `symbols` with the symbols a word with this folded form and
  /// stem matches, each once.
  func symbols(
    folded: String, stem: String, into symbols: inout [Int32], stats: inout MatchStats
  ) {
    if !symbols.isEmpty { symbols.removeAll(keepingCapacity: true) }
    var steps = 1
    let checksStem = !suffixes.isEmpty && stem != folded
    Self.withBytes(of: stem) { stem in
      if let symbol = stems.value(for: stem) { symbols.append(symbol) }
      if checksStem { suffixes.walkBackward(stem, into: &symbols, steps: &steps) }
    }
    if !(prefixes.isEmpty && suffixes.isEmpty && infixes.isEmpty) {
      Self.withBytes(of: folded) { folded in
        if !prefixes.isEmpty { prefixes.walkForward(folded, into: &symbols, steps: &steps) }
        if !suffixes.isEmpty { suffixes.walkBackward(folded, into: &symbols, steps: &steps) }
        if !infixes.isEmpty { infixes.scan(folded, into: &symbols, steps: &steps) }
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
