/// An immutable hash table from strings to small integers, keyed by their
/// UTF-8 bytes, with a cheap FNV-1a hash and open addressing; faster than
/// `[String: Int32]` on hot paths that look up every token (the matcher's
/// stems, the specificity scanner's word classes).
struct ByteKeyTable: Sendable {
  /// Empty slots are 0; others hold `hash >> 32 << 32 | (entry index + 1)`, so
  /// probing past other keys reads nothing else. A power of two in size, at
  /// most a quarter full.
  private let slots: [UInt64]
  /// All keys' bytes, one after another.
  private let keyBytes: [UInt8]
  /// Start of each entry's key in `keyBytes`; one extra entry at the end.
  private let keyStart: [Int32]
  /// The value of each entry.
  private let values: [Int32]

  /// Builds the table of `entries`; a repeated key keeps its first value.
  init(_ entries: [(key: String, value: Int32)]) {
    var capacity = 16
    while capacity < entries.count * 4 { capacity *= 2 }
    var slots = [UInt64](repeating: 0, count: capacity)
    var keyBytes: [UInt8] = []
    var keyStart: [Int32] = [0]
    var values: [Int32] = []
    for (key, value) in entries {
      let bytes = Array(key.utf8)
      let hash = Self.hash(bytes)
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      var isRepeat = false
      while slots[slot] != 0 {
        let entry = Int(slots[slot] & 0xFFFF_FFFF) - 1
        if keyBytes[Int(keyStart[entry])..<Int(keyStart[entry + 1])].elementsEqual(bytes) {
          isRepeat = true
          break
        }
        slot = (slot + 1) & (capacity - 1)
      }
      if isRepeat { continue }
      slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(values.count + 1)
      keyBytes.append(contentsOf: bytes)
      keyStart.append(Int32(keyBytes.count))
      values.append(value)
    }
    self.slots = slots
    self.keyBytes = keyBytes
    self.keyStart = keyStart
    self.values = values
  }

  /// The value stored for `key`, or `nil`.
  func value(for key: String) -> Int32? {
    guard !values.isEmpty else { return nil }
    if let found = key.utf8.withContiguousStorageIfAvailable({ lookup($0) }) { return found }
    return Array(key.utf8).withUnsafeBufferPointer { lookup($0) }
  }

  /// The value stored for the key whose UTF-8 bytes are `bytes`, or `nil`.
  func value(for bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    values.isEmpty ? nil : lookup(bytes)
  }

  /// Looks up the key given as bytes.
  private func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    let mask = slots.count - 1
    let hash = Self.hash(bytes)
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let value = slots[slot]
      if value == 0 { return nil }
      if value & 0xFFFF_FFFF_0000_0000 == tag {
        let entry = Int(value & 0xFFFF_FFFF) - 1
        let start = Int(keyStart[entry])
        if Int(keyStart[entry + 1]) - start == bytes.count {
          var offset = 0
          while offset < bytes.count, keyBytes[start + offset] == bytes[offset] { offset += 1 }
          if offset == bytes.count { return values[entry] }
        }
      }
      slot = (slot + 1) & mask
    }
  }

  /// FNV-1a, 64 bits.
  @inline(__always)
  private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
