import Testing

@testable import PlanReading

/// ``ByteChunk`` tests eight bytes at once; these tests pin each test to the
/// same test on every byte, on chunks built around the bytes where they flip.
@Suite("Byte chunks: eight bytes at once as one at a time")
struct ByteChunkTests {
  /// Bytes on both sides of every bound the tests use, and a few others.
  private static let interesting: [UInt8] = [
    0x00, 0x01, 0x09, 0x0A, 0x0C, 0x0D, 0x0E, 0x0F, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80,
    0x81, 0x8D, 0x8E, 0x9F, 0xA0, 0xC2, 0xC3, 0xDF, 0xE2, 0xFE, 0xFF,
  ]

  private static func expectSame(_ bytes: [UInt8]) {
    guard let chunk = bytes.withUnsafeBufferPointer({ $0.baseAddress.map { ByteChunk($0, at: 0) } })
    else { return }
    #expect(chunk.isASCII == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
    #expect(chunk.isPrintableASCII == bytes.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }, "\(bytes)")
    #expect(chunk.hasLineBreakOrControl == bytes.contains { $0 < 0x0E }, "\(bytes)")
  }

  @Test("every interesting byte in every position of plain text")
  func single() {
    for position in 0..<8 {
      for byte in Self.interesting {
        var bytes = Array("abcdefgh".utf8)
        bytes[position] = byte
        Self.expectSame(bytes)
      }
    }
  }

  /// Chunks of random interesting bytes, so that borrows and carries between
  /// neighbouring bytes come up.
  @Test("generated chunks")
  func generated() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<50_000 {
      var bytes: [UInt8] = []
      for _ in 0..<8 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let pick = Int(state >> 33)
        bytes.append(
          pick % 3 == 0
            ? UInt8(truncatingIfNeeded: pick >> 8)
            : Self.interesting[pick % Self.interesting.count])
      }
      Self.expectSame(bytes)
    }
  }

  /// A chunk may start at any byte of a buffer, aligned or not.
  @Test("unaligned loads")
  func unaligned() {
    let bytes = Array("0123456789abcdef\u{0007}".utf8)
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      for start in 0...(buffer.count - 8) {
        let chunk = ByteChunk(base, at: start)
        #expect(chunk.isPrintableASCII == (start + 8 < buffer.count))
      }
    }
  }
}
