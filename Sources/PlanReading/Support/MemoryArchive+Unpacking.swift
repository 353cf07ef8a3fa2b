import CZlib
import Foundation

extension MemoryArchive {
  /// Why a member cannot be unpacked.
  enum UnpackingError: Error, Equatable {
    /// A compression method other than stored (0) or deflated (8).
    case unknownMethod(UInt16)
    /// The deflated data is damaged or ends before its stream does.
    case damaged
    /// The unpacked bytes do not have the checksum the archive gives.
    case wrongChecksum
  }

  /// Unpacks a member from the archive's own bytes, handing the unpacked
  /// bytes to `consume` a piece at a time (which may throw to stop), and
  /// checks them against `checksum` (the CRC-32 the archive records) unless
  /// it is `nil`.
  ///
  /// Deflated data is inflated here with zlib, bounded by the member's
  /// compressed bytes, rather than by ZIPFoundation, whose inflater reads on
  /// past a member and loops for ever when a damaged stream does not end.
  func unpack(
    _ member: Member, checksum: UInt32?, into consume: (Data) throws -> Void
  ) throws {
    var crc: UInt = 0
    func check(_ piece: Data) throws {
      if checksum != nil {
        crc = piece.withUnsafeBytes {
          CZlib.crc32(crc, $0.bindMemory(to: UInt8.self).baseAddress, UInt32($0.count))
        }
      }
      try consume(piece)
    }
    let data = bytes[bytes.startIndex + member.data.lowerBound..<bytes.startIndex + member.data.upperBound]
    switch member.method {
    case 0: try check(Data(data))
    case 8: try Self.inflate(data, into: check)
    default: throw UnpackingError.unknownMethod(member.method)
    }
    if let checksum, UInt32(truncatingIfNeeded: crc) != checksum { throw UnpackingError.wrongChecksum }
  }

  /// The size of the pieces inflated data is handed on in.
  private static let pieceSize = 65_536

  /// Inflates raw deflate data (no zlib header), which must end its stream
  /// within `data`.
  private static func inflate(_ data: Data, into consume: (Data) throws -> Void) throws {
    var stream = z_stream()
    guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { throw UnpackingError.damaged }
    defer { inflateEnd(&stream) }
    var input = Array(data)
    var output = [UInt8](repeating: 0, count: pieceSize)
    try input.withUnsafeMutableBufferPointer { input in
      stream.next_in = input.baseAddress
      stream.avail_in = UInt32(input.count)
      while true {
        let produced: Int
        let status: Int32
        (produced, status) = output.withUnsafeMutableBufferPointer { output in
          stream.next_out = output.baseAddress
          stream.avail_out = UInt32(output.count)
          let status = CZlib.inflate(&stream, Z_NO_FLUSH)
          return (output.count - Int(stream.avail_out), status)
        }
        if produced > 0 { try consume(Data(output[0..<produced])) }
        switch status {
        case Z_STREAM_END: return
        // Progress was made (input read or output written), both bounded.
        case Z_OK: continue
        // No progress possible (input used up before the stream's end), or
        // damaged data.
        default: throw UnpackingError.damaged
        }
      }
    }
  }
}
