/// An immutable hash table from strings to small integers, keyed by their
/// UTF-8 bytes (``ByteKeySlots``, at most a quarter full); faster than
/// `[String: Int32]` on hot paths that look up every token (the matcher's
/// stems, the specificity scanner's word classes).
struct ByteKeyTable: Sendable {
  /// The keys, by entry index.
  private let keys: ByteKeySlots
  /// The value of each entry.
  private let values: [Int32]

  /// Builds the table of `entries`; a repeated key keeps its first value.
  init(_ entries: [(key: String, value: Int32)]) {
    var capacity = 16
    while capacity < entries.count * 4 { capacity *= 2 }
    var keys = ByteKeySlots(initialSlots: capacity)
    var values: [Int32] = []
    for (key, value) in entries {
      let isNew = Array(key.utf8).withUnsafeBufferPointer { bytes in
        let hash = ByteKeySlots.hash(bytes, lowercasing: false)
        guard keys.index(of: bytes, hash: hash, lowercasing: false) == nil else { return false }
        _ = keys.append(bytes, hash: hash)
        return true
      }
      if isNew { values.append(value) }
    }
    self.keys = keys
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
    let hash = ByteKeySlots.hash(bytes, lowercasing: false)
    return keys.index(of: bytes, hash: hash, lowercasing: false).map { values[$0] }
  }
}
