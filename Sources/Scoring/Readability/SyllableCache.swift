/// Syllable counts of words, found by a word's exact UTF-8 bytes without
/// building a `String` or an array first.
///
/// Keys are bytes, not `String`s, whose equality would let one spelling of a
/// word with accents answer for another. Open addressing with FNV-1a (as
/// ``WordCache``): each slot holds the upper half of the key's hash next to the
/// entry index, so probing past other words reads nothing else. The cache
/// empties itself when it reaches its limit, which changes no count.
struct SyllableCache {
  /// Empty slots are 0; others hold `hash >> 32 << 32 | (entry index + 1)`.
  private var slots = [UInt64](repeating: 0, count: 1 << 10)
  /// All keys' bytes, one after another.
  private var keyBytes: [UInt8] = []
  /// Start of each entry's key in `keyBytes`; one extra entry at the end.
  private var keyStart: [Int] = [0]
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
    find(word, hash: WordCache.hash(word, lowercasing: false))
  }

  /// Stores the syllables of the word whose bytes are `word`.
  /// - Precondition: `word` is not in the cache.
  mutating func insert(_ word: UnsafeBufferPointer<UInt8>, syllables: Int) {
    if counts.count >= limit { removeAll() }
    if (counts.count + 1) * 2 > slots.count { grow() }
    keyBytes.append(contentsOf: word)
    keyStart.append(keyBytes.count)
    counts.append(syllables)
    place(counts.count - 1, hash: WordCache.hash(word, lowercasing: false))
  }

  // MARK: - Storage

  private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    let mask = slots.count - 1
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let value = slots[slot]
      if value == 0 { return nil }
      if value & 0xFFFF_FFFF_0000_0000 == tag {
        let entry = Int(value & 0xFFFF_FFFF) - 1
        let start = keyStart[entry]
        if keyStart[entry + 1] - start == word.count {
          var offset = 0
          while offset < word.count, keyBytes[start + offset] == word[offset] { offset += 1 }
          if offset == word.count { return counts[entry] }
        }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Puts entry `index` in the first free slot for `hash`.
  private mutating func place(_ index: Int, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
  }

  /// Doubles the slots and re-places every entry.
  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    let allKeys = keyBytes
    allKeys.withUnsafeBufferPointer { bytes in
      for index in counts.indices {
        let key = UnsafeBufferPointer(rebasing: bytes[keyStart[index]..<keyStart[index + 1]])
        place(index, hash: WordCache.hash(key, lowercasing: false))
      }
    }
  }

  /// Forgets every entry.
  private mutating func removeAll() {
    slots = [UInt64](repeating: 0, count: 1 << 10)
    keyBytes.removeAll(keepingCapacity: true)
    keyStart = [0]
    counts.removeAll(keepingCapacity: true)
  }
}
