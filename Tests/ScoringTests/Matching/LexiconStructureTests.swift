import TestSupport
import Testing

@testable import Scoring

/// The byte-level structures behind the matcher and the analyzer's caches.
@Suite struct LexiconStructureTests {}

extension LexiconStructureTests {

  /// The symbols a structure reports for `word`, sorted.
  static func scanned(_ word: String, _ scan: (UnsafeBufferPointer<UInt8>, inout [Int32]) -> Void)
    -> [Int32]
  {
    var symbols: [Int32] = []
    Array(word.utf8).withUnsafeBufferPointer { scan($0, &symbols) }
    return symbols.sorted()
  }

  /// Aho-Corasick finds every core inside a word, including cores inside
  /// other cores (through failure links), each once.
  @Test func ahoCorasickFindsNestedCores() {
    let cores = ["inspraak", "spraak", "raak", "aak", "insp", "avond"]
    let automaton = ByteAhoCorasick(cores: cores.enumerated().map { ($1, Int32($0)) })
    var steps = 0
    #expect(
      Self.scanned("inspraakavond") { automaton.scan($0, into: &$1, steps: &steps) }
        == [0, 1, 2, 3, 4, 5])
    #expect(
      Self.scanned("spraakzaam") { automaton.scan($0, into: &$1, steps: &steps) }
        == [1, 2, 3])
    #expect(Self.scanned("raaaak") { automaton.scan($0, into: &$1, steps: &steps) } == [3])
  }

  /// On random cores and words, Aho-Corasick, the prefix trie and the
  /// reversed suffix trie agree with plain string tests.
  @Test func structuresAgreeWithNaiveMatching() {
    var generator = SeededGenerator(state: 42)
    let cores = (0..<300).map { _ in generator.word(length: 2 + generator.next(below: 4)) }
    let symbols = cores.enumerated().map { ($1, Int32($0)) }
    let infixes = ByteAhoCorasick(cores: symbols)
    let prefixes = ByteTrie(cores: symbols)
    let suffixes = ByteTrie(cores: symbols, reversed: true)
    var steps = 0
    for _ in 0..<500 {
      let word = generator.word(length: 1 + generator.next(below: 12))
      let infixResult = Self.scanned(word) { infixes.scan($0, into: &$1, steps: &steps) }
      let prefixResult = Self.scanned(word) { prefixes.walkForward($0, into: &$1, steps: &steps) }
      let suffixResult = Self.scanned(word) { suffixes.walkBackward($0, into: &$1, steps: &steps) }
      // A repeated core keeps one of its symbols; compare cores, not symbols.
      #expect(Set(infixResult.map { cores[Int($0)] }) == Set(cores.filter { word.contains($0) }))
      #expect(Set(prefixResult.map { cores[Int($0)] }) == Set(cores.filter { word.hasPrefix($0) }))
      #expect(Set(suffixResult.map { cores[Int($0)] }) == Set(cores.filter { word.hasSuffix($0) }))
    }
  }

  /// The byte-keyed table finds every key it holds and nothing else.
  @Test func byteKeyTableLookups() {
    let keys = (0..<2_000).map { "woord\($0)" }
    let table = ByteKeyTable(keys.enumerated().map { ($1, Int32($0)) } + [("woord7", 99)])
    #expect(keys.enumerated().allSatisfy { table.value(for: $1) == Int32($0) })
    #expect(table.value(for: "woord2000") == nil)
    #expect(table.value(for: "") == nil)
    #expect(ByteKeyTable([]).value(for: "woord1") == nil)
  }

  /// The word cache grows, keeps every word, and empties when told to.
  @Test func wordCacheGrowsAndEmpties() {
    var cache = WordCache()
    func hash(_ word: String) -> UInt64 {
      Array(word.utf8).withUnsafeBufferPointer { WordCache.hash($0, lowercasing: false) }
    }
    func find(_ word: String, lowercasing: Bool = false) -> Int? {
      Array(word.utf8).withUnsafeBufferPointer {
        cache.find($0, hash: WordCache.hash($0, lowercasing: lowercasing), lowercasing: lowercasing)
      }
    }
    func insert(_ number: Int) {
      _ = cache.insert(
        WordCache.Entry(folded: "w\(number)", stem: "s\(number)", wordClasses: []),
        hash: hash("w\(number)"))
    }
    for number in 0..<4_000 { insert(number) }
    #expect(
      (0..<4_000).allSatisfy { number in
        find("w\(number)").map { cache.entries[$0].stem } == "s\(number)"
      })
    #expect(find("W17", lowercasing: true).map { cache.entries[$0].folded } == "w17")
    #expect(find("W17") == nil)
    cache.removeAll()
    for number in 5_000..<5_001 { insert(number) }
    #expect(cache.entries.count == 1)
    #expect(find("w17") == nil)
    #expect(find("w5000") == 0)
  }

  /// Tokens are the same whether their words come from the cache or not,
  /// whatever their case.
  @Test func cachedTokensMatchFreshOnes() {
    let text = "Bewoners BEWONERS bewoners Geïnformeerd geinformeerd zo'n ZO'N"
    let analyzer = TextAnalyzer(language: .nl)
    let first = analyzer.tokens(in: text[...])
    let second = analyzer.tokens(in: text[...])
    #expect(first == second)
    #expect(
      first.map(\.folded) == [
        "bewoners", "bewoners", "bewoners", "geinformeerd",
        "geinformeerd", "zo'n", "zo'n",
      ])
    #expect(Set(first.prefix(3).map(analyzer.stem(of:))) == ["bewoner"])
  }
}

extension SeededGenerator {
  /// A word of `length` letters from a small alphabet, so cores overlap often.
  fileprivate mutating func word(length: Int) -> String {
    String((0..<length).map { _ in Array("abcr")[next(below: 4)] })
  }
}
