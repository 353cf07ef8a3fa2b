/// Syllable counts of words, found by a word's exact UTF-8 bytes without
/// building a `String` or an array first.
///
/// Keys are bytes, not `String`s, whose equality would let one spelling of a
/// word with accents answer for another. Open addressing with FNV-1a (as
/// ``WordCache``): each slot holds the upper half of the key's hash next to the
/// entry index, so probing past other words reads nothing else. The cache
/// empties itself when it reaches its limit, which changes no count.
struct SyllableCache {
  /// The words, by entry index.
  private var words = ByteKeySlots(initialSlots: 1 << 10)
  /// The syllables of each entry.
  private var counts: [Int] = []
  /// The cache empties when it holds this many words.
  let limit: Int

  /// Creates an empty cache that holds at most `limit` words.
  init(limit: Int) {
    self.limit = limit
  }

  /// The syllables stored for the word whose bytes are `word`, or `nil`.
  func syllables(of word: UnsafeBufferPointer<UInt8>) -> Int? {
    let hash = ByteKeySlots.hash(word, lowercasing: false)
    return words.index(of: word, hash: hash, lowercasing: false).map { counts[$0] }
  }

  /// Stores the syllables of the word whose bytes are `word`.
  /// - Precondition: `word` is not in the cache.
  mutating func insert(_ word: UnsafeBufferPointer<UInt8>, syllables: Int) {
    if counts.count >= limit {
      counts.removeAll(keepingCapacity: true)
      words.removeAll()
    }
    counts.append(syllables)
    _ = words.append(word, hash: ByteKeySlots.hash(word, lowercasing: false))
  }
}
