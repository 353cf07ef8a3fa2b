/// The folded form and stem of every distinct word an analyzer has seen,
/// found by the word's bytes without building a `String` first.
///
/// Keys are folded UTF-8 bytes. An ASCII token is looked up by its raw bytes
/// lower-cased on the fly, so a word seen before costs one hash, one slot, a
/// compare with the key's bytes (kept apart from the strings) and one entry
/// read, and the token shares the cached strings. Each slot holds
/// the upper half of the key's hash next to the entry index, so probing past
/// other words touches no other memory. The cache empties itself when it
/// reaches its limit.
struct WordCache {
  /// An entry's folded form (the key), stem and specificity word classes.
  struct Entry {
    var folded: String
    var stem: String
    var wordClasses: SpecificityWordClass
  }

  /// Empty slots are 0; others hold `hash >> 32 << 32 | (entry index + 1)`.
  private var slots = [UInt64](repeating: 0, count: 1 << 12)
  /// The entries.
  private(set) var entries: [Entry] = []
  /// The keys' bytes, one after another, so a key is compared without
  /// touching its `String`.
  private var keyBytes: [UInt8] = []
  /// Start of each entry's key in `keyBytes`; one extra entry at the end.
  private var keyStart: [Int] = [0]
  /// The cache empties when it holds this many words.
  let limit: Int

  /// Creates an empty cache that holds at most `limit` words.
  init(limit: Int) {
    self.limit = limit
  }

  // MARK: - Lookup

  /// The index of the entry whose key equals `bytes`, lower-casing ASCII
  /// letters of `bytes` first when `lowercasing`.
  /// - Parameter hash: ``hash(_:lowercasing:)`` of the same bytes.
  func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, lowercasing: Bool) -> Int? {
    let mask = slots.count - 1
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let value = slots[slot]
      if value == 0 { return nil }
      if value & 0xFFFF_FFFF_0000_0000 == tag {
        let entry = Int(value & 0xFFFF_FFFF) - 1
        if key(of: entry, equals: bytes, lowercasing: lowercasing) { return entry }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Adds an entry whose folded form is its key, and returns its index.
  /// - Parameter hash: ``hash(_:lowercasing:)`` of the folded form.
  mutating func insert(_ entry: Entry, hash: UInt64) -> Int {
    if entries.count >= limit { removeAll() }
    if (entries.count + 1) * 2 > slots.count { grow() }
    entries.append(entry)
    keyBytes.append(contentsOf: entry.folded.utf8)
    keyStart.append(keyBytes.count)
    place(entries.count - 1, hash: hash)
    return entries.count - 1
  }

  /// FNV-1a (64 bits) of `bytes`, lower-casing ASCII letters when `lowercasing`.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes {
      let key = lowercasing && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      hash = (hash ^ UInt64(key)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  // MARK: - Storage

  /// Whether the key of entry `index` equals `bytes` (lower-cased when `lowercasing`).
  @inline(__always)
  private func key(
    of index: Int, equals bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool
  ) -> Bool {
    let start = keyStart[index]
    guard keyStart[index + 1] - start == bytes.count else { return false }
    return keyBytes.withUnsafeBufferPointer { stored in
      for offset in 0..<bytes.count {
        let byte = bytes[offset]
        let folded = lowercasing && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        if stored[start + offset] != folded { return false }
      }
      return true
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
      for index in entries.indices {
        let key = UnsafeBufferPointer(rebasing: bytes[keyStart[index]..<keyStart[index + 1]])
        place(index, hash: Self.hash(key, lowercasing: false))
      }
    }
  }

  /// Forgets every entry.
  private mutating func removeAll() {
    slots = [UInt64](repeating: 0, count: 1 << 12)
    entries.removeAll(keepingCapacity: true)
    keyBytes.removeAll(keepingCapacity: true)
    keyStart = [0]
  }
}
