import Testing

@testable import Scoring

/// The byte-keyed table behind the word and syllable caches: every key is
/// found again after the table grows, ASCII keys by any case when asked, and
/// a cache that reaches its limit starts again and still answers.
@Suite struct ByteKeySlotsTests {
  static func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    Array(text.utf8).withUnsafeBufferPointer(body)
  }

  @Test func keysAreFoundAfterGrowing() {
    var slots = ByteKeySlots(initialSlots: 4)
    let words = (0..<500).map { "woord\($0)é" }
    for (index, word) in words.enumerated() {
      let hash = Self.withBytes(word) { ByteKeySlots.hash($0, lowercasing: false) }
      #expect(slots.append(word.utf8, hash: hash) == index)
    }
    #expect(slots.count == 500)
    for (index, word) in words.enumerated() {
      let found = Self.withBytes(word) { bytes in
        slots.index(of: bytes, hash: ByteKeySlots.hash(bytes, lowercasing: false), lowercasing: false)
      }
      #expect(found == index)
    }
    let missing = Self.withBytes("woord500é") { bytes in
      slots.index(of: bytes, hash: ByteKeySlots.hash(bytes, lowercasing: false), lowercasing: false)
    }
    #expect(missing == nil)
  }

  @Test func asciiLettersMatchInAnyCaseOnlyWhenAsked() {
    var slots = ByteKeySlots(initialSlots: 8)
    let hash = Self.withBytes("bewoners") { ByteKeySlots.hash($0, lowercasing: false) }
    _ = slots.append("bewoners".utf8, hash: hash)
    Self.withBytes("Bewoners") { bytes in
      let folded = ByteKeySlots.hash(bytes, lowercasing: true)
      #expect(slots.index(of: bytes, hash: folded, lowercasing: true) == 0)
      let exact = ByteKeySlots.hash(bytes, lowercasing: false)
      #expect(slots.index(of: bytes, hash: exact, lowercasing: false) == nil)
    }
    slots.removeAll()
    #expect(slots.count == 0)
    Self.withBytes("bewoners") { bytes in
      let hash = ByteKeySlots.hash(bytes, lowercasing: false)
      #expect(slots.index(of: bytes, hash: hash, lowercasing: false) == nil)
    }
  }

  @Test func syllableCacheStartsAgainAtItsLimit() {
    var cache = SyllableCache(limit: 3)
    for (index, word) in ["een", "twee", "drie", "vier"].enumerated() {
      Self.withBytes(word) { cache.insert($0, syllables: index + 1) }
    }
    // The fourth word emptied the cache before it went in.
    #expect(Self.withBytes("een") { cache.syllables(of: $0) } == nil)
    #expect(Self.withBytes("vier") { cache.syllables(of: $0) } == 4)
  }
}
