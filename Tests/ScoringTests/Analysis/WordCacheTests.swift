import Testing

@testable import Scoring

/// ``WordCache`` compares keys on a copy of their bytes kept beside the
/// entries; these tests pin lookups through growth and after emptying.
@Suite("WordCache: words found by their bytes")
struct WordCacheTests {
  private static func find(_ word: String, in cache: WordCache, lowercasing: Bool) -> Int? {
    var word = word
    return word.withUTF8 { bytes in
      cache.find(
        bytes, hash: WordCache.hash(bytes, lowercasing: lowercasing), lowercasing: lowercasing)
    }
  }

  private static func insert(_ word: String, into cache: inout WordCache) -> Int {
    var key = word
    let hash = key.withUTF8 { WordCache.hash($0, lowercasing: false) }
    return cache.insert(
      WordCache.Entry(folded: word, stem: word + "-stam", wordClasses: []), hash: hash)
  }

  @Test("every word is found after the slots grew, ASCII also in capitals")
  func growth() {
    var cache = WordCache()
    let words = (0..<5_000).map { "woord\($0)" } + ["geïnformeerd", "ĳs", "a", "zo'n", "auto’s"]
    for word in words { _ = Self.insert(word, into: &cache) }
    for (index, word) in words.enumerated() {
      #expect(Self.find(word, in: cache, lowercasing: false) == index)
      #expect(cache.entries[index].stem == word + "-stam")
    }
    #expect(Self.find("WOORD42", in: cache, lowercasing: true) == 42)
    #expect(Self.find("WOORD42", in: cache, lowercasing: false) == nil)
    #expect(Self.find("woord", in: cache, lowercasing: false) == nil)
    #expect(Self.find("woord420000", in: cache, lowercasing: false) == nil)
    #expect(Self.find("", in: cache, lowercasing: false) == nil)
  }

  @Test("emptied, the cache forgets every word and starts again at index 0")
  func removeAll() {
    var cache = WordCache()
    for word in ["een", "twee", "drie"] { _ = Self.insert(word, into: &cache) }
    cache.removeAll()
    #expect(Self.insert("vier", into: &cache) == 0)
    #expect(Self.find("vier", in: cache, lowercasing: false) == 0)
    #expect(Self.find("een", in: cache, lowercasing: false) == nil)
    #expect(cache.entries.count == 1)
  }
}
