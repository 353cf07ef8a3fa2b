/// Bytes handed to libxml2 a piece at a time through its read callback, from
/// memory the caller keeps alive for the whole parse.
///
/// libxml2 then holds only a window of the input (it drops what it has
/// parsed), where a memory input is first copied whole.
struct LibXML2ByteFeed {
  /// The first byte.
  let base: UnsafePointer<CChar>
  /// The number of bytes.
  let count: Int
  /// How many bytes libxml2 has taken so far.
  private(set) var offset = 0

  /// Creates a feed of `count` bytes from `base`.
  init(base: UnsafePointer<CChar>, count: Int) {
    self.base = base
    self.count = count
  }

  /// The read callback's work: copies up to `length` bytes into `buffer`,
  /// and returns how many (0 at the end).
  static func read(
    _ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ length: Int32
  ) -> Int32 {
    guard let context, let buffer, length > 0 else { return 0 }
    let feed = context.assumingMemoryBound(to: LibXML2ByteFeed.self)
    let taken = min(Int(length), feed.pointee.count - feed.pointee.offset)
    buffer.update(from: feed.pointee.base + feed.pointee.offset, count: taken)
    feed.pointee.offset += taken
    return Int32(taken)
  }
}
