/// An immutable hash table from strings to small integers, keyed by their
/// UTF-8 bytes, with a cheap FNV-1a hash and open addressing; faster than
/// `[String: Int32]` on hot paths that look up every token (the matcher's
/// stems, the specificity scanner's word classes).
struct ByteKeyTable: Sendable {
  /// Slot → entry index, or -1 when empty; a power of two in size.
  private let slots: [Int32]
  /// All keys' bytes, one after another.
  private let keyBytes: [UInt8]
  /// Start of each entry's key in `keyBytes`; one extra entry at the end.
  private let keyStart: [Int32]
  /// The value of each entry.
  private let values: [Int32]

  /// Builds the table of `entries`; a repeated key keeps its first value.
  init(_ entries: [(key: String, value: Int32)]) {
    var capacity = 16
    while capacity < entries.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: -1, count: capacity)
    var keyBytes: [UInt8] = []
    var keyStart: [Int32] = [0]
    var values: [Int32] = []
    for (key, value) in entries {
      let bytes = Array(key.utf8)
      var slot = Int(Self.hash(bytes) & UInt64(capacity - 1))
      var isRepeat = false
      while slots[slot] >= 0 {
        let entry = Int(slots[slot])
        if keyBytes[Int(keyStart[entry])..<Int(keyStart[entry + 1])].elementsEqual(bytes) {
          isRepeat = true
          break
        }
        slot = (slot + 1) & (capacity - 1)
      }
      if isRepeat { continue }
      slots[slot] = Int32(values.count)
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
    var slot = Int(Self.hash(bytes) & UInt64(mask))
    return keyBytes.withUnsafeBufferPointer { stored in
      while true {
        let entry = Int(slots[slot])
        if entry < 0 { return nil }
        let start = Int(keyStart[entry])
        if Int(keyStart[entry + 1]) - start == bytes.count {
          var offset = 0
          while offset < bytes.count, stored[start + offset] == bytes[offset] { offset += 1 }
          if offset == bytes.count { return values[entry] }
        }
        slot = (slot + 1) & mask
      }
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
