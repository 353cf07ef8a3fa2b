/// Keys kept as UTF-8 bytes in one array and found by open addressing with
/// FNV-1a: each slot holds the upper half of a key's hash next to the key's
/// index, so probing past other keys reads nothing else. The storage of the
/// word cache (``WordCache``), the syllable cache (``SyllableCache``) and the
/// immutable ``ByteKeyTable``, which keep their values in arrays of their own
/// by the same index. Never more than half full.
struct ByteKeySlots: Sendable {
  /// Empty slots are 0; others hold `hash >> 32 << 32 | (key index + 1)`.
  private var slots: [UInt64]
  /// All keys' bytes, one after another.
  private var keyBytes: [UInt8] = []
  /// Start of each key in `keyBytes`; one extra entry at the end.
  private var keyStart: [Int] = [0]
  /// How many slots an empty table has (a power of two).
  private let initialSlots: Int

  /// An empty table starting with `initialSlots` slots (a power of two).
  init(initialSlots: Int) {
    self.initialSlots = initialSlots
    slots = [UInt64](repeating: 0, count: initialSlots)
  }

  /// How many keys the table holds.
  var count: Int { keyStart.count - 1 }

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

  /// The index of the key that equals `bytes`, lower-casing ASCII letters of
  /// `bytes` first when `lowercasing`, or `nil`.
  /// - Parameter hash: ``hash(_:lowercasing:)`` of the same bytes.
  func index(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, lowercasing: Bool) -> Int? {
    let mask = slots.count - 1
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let value = slots[slot]
      if value == 0 { return nil }
      if value & 0xFFFF_FFFF_0000_0000 == tag {
        let index = Int(value & 0xFFFF_FFFF) - 1
        if key(of: index, equals: bytes, lowercasing: lowercasing) { return index }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Adds a key (not in the table) and returns its index, the next one.
  /// - Parameter hash: ``hash(_:lowercasing:)`` of the key's bytes.
  mutating func append<Bytes: Sequence<UInt8>>(_ key: Bytes, hash: UInt64) -> Int {
    if (count + 1) * 2 > slots.count { grow() }
    keyBytes.append(contentsOf: key)
    keyStart.append(keyBytes.count)
    place(count - 1, hash: hash)
    return count - 1
  }

  /// Forgets every key.
  mutating func removeAll() {
    slots = [UInt64](repeating: 0, count: initialSlots)
    keyBytes.removeAll(keepingCapacity: true)
    keyStart = [0]
  }

  /// Whether key `index` equals `bytes` (lower-cased when `lowercasing`).
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

  /// Puts key `index` in the first free slot for `hash`.
  private mutating func place(_ index: Int, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
  }

  /// Doubles the slots and re-places every key.
  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    let allKeys = keyBytes
    allKeys.withUnsafeBufferPointer { bytes in
      for index in 0..<count {
        let key = UnsafeBufferPointer(rebasing: bytes[keyStart[index]..<keyStart[index + 1]])
        place(index, hash: Self.hash(key, lowercasing: false))
      }
    }
  }
}
