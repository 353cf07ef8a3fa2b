/// The folded form and stem of every distinct word an analyzer has seen,
/// found by the word's bytes without building a `String` first.
///
/// Keys are folded UTF-8 bytes. An ASCII token is looked up by its raw bytes
/// lower-cased on the fly, so a word seen before costs one hash, one slot, a
/// compare with the key's bytes (kept apart from the strings) and one entry
/// read, and the token shares the cached folded form. Each slot holds
/// the upper half of the key's hash next to the entry index, so probing past
/// other words touches no other memory. Its owner empties it
/// (``TextAnalyzer/emptyCacheIfFull()``).
struct WordCache {
  /// An entry's folded form (the key), stem and specificity word classes.
  struct Entry {
    var folded: String
    var stem: String
    var wordClasses: SpecificityWordClass
  }

  /// The keys (folded forms), by entry index.
  private var keys = ByteKeySlots(initialSlots: 1 << 12)
  /// The entries.
  private(set) var entries: [Entry] = []

  // MARK: - Lookup

  /// The index of the entry whose key equals `bytes`, lower-casing ASCII
  /// letters of `bytes` first when `lowercasing`.
  /// - Parameter hash: ``hash(_:lowercasing:)`` of the same bytes.
  func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, lowercasing: Bool) -> Int? {
    keys.index(of: bytes, hash: hash, lowercasing: lowercasing)
  }

  /// Adds an entry whose folded form is its key, and returns its index.
  /// - Parameter hash: ``hash(_:lowercasing:)`` of the folded form.
  mutating func insert(_ entry: Entry, hash: UInt64) -> Int {
    entries.append(entry)
    return keys.append(entry.folded.utf8, hash: hash)
  }

  /// Forgets every entry.
  mutating func removeAll() {
    entries.removeAll(keepingCapacity: true)
    keys.removeAll()
  }

  /// FNV-1a (64 bits) of `bytes`, lower-casing ASCII letters when `lowercasing`.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64 {
    ByteKeySlots.hash(bytes, lowercasing: lowercasing)
  }
}
