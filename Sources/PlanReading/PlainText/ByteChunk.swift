/// Eight bytes of text read as one `UInt64`, so that a line's plain ASCII can
/// be passed over eight bytes at a time (the tests below hold for every byte
/// of the chunk at once, whatever the byte order).
struct ByteChunk {
  /// The eight bytes.
  var word: UInt64

  private static let highBits: UInt64 = 0x8080_8080_8080_8080
  private static let ones: UInt64 = 0x0101_0101_0101_0101

  /// The eight bytes from `index` on; the caller makes sure they are there.
  init(_ base: UnsafePointer<UInt8>, at index: Int) {
    word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
  }

  /// Whether every byte is ASCII (below `0x80`).
  var isASCII: Bool { word & Self.highBits == 0 }

  /// Whether every byte is printable ASCII, `0x20` (space) to `0x7E` (`~`).
  var isPrintableASCII: Bool {
    // Below 0x80, adding 0x60 sets a byte's high bit exactly from 0x20 on, and
    // adding 1 exactly at 0x7F; no sum carries into the next byte.
    (word | (word &+ Self.ones)) & Self.highBits == 0
      && (word &+ 0x6060_6060_6060_6060) & Self.highBits == Self.highBits
  }

  /// Whether any byte is below `0x0E` (line breaks and the controls before them).
  var hasLineBreakOrControl: Bool {
    // The classic test for a byte below n (n <= 128): exact as a yes or no.
    (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & Self.highBits != 0
  }
}
