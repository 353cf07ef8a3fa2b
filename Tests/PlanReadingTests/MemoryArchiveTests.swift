import Foundation
import Synchronization
import TestSupport
import Testing

@testable import PlanReading

/// Damaged ZIP archives are refused before ZIPFoundation sees them: it traps
/// on an offset past the end of bytes in memory and keeps the bytes of an
/// archive it cannot open (both found by `fuzz-docx`).
@Suite struct MemoryArchiveTests {
  /// Set when watched bytes are freed.
  private final class Flag: Sendable {
    let isSet = Mutex(false)
  }

  /// Bytes whose storage reports when it is freed.
  private static func watchedBytes(_ bytes: [UInt8], freed: Flag) -> Data {
    let pointer = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 1)
    pointer.copyMemory(from: bytes, byteCount: bytes.count)
    return Data(
      bytesNoCopy: pointer, count: bytes.count,
      deallocator: .custom { pointer, _ in
        pointer.deallocate()
        freed.isSet.withLock { $0 = true }
      })
  }

  /// A small Word file from the fixtures.
  private static func wordFile() throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("office/tracked-changes.docx"))))
  }

  /// Where the end-of-central-directory record of `bytes` starts.
  private static func endRecord(in bytes: [UInt8]) -> Int {
    (0...(bytes.count - 22)).last { bytes[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x05, 0x06]) }!
  }

  private static func write(_ value: UInt32, at offset: Int, in bytes: inout [UInt8]) {
    for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
  }

  /// Reading `bytes` as a Word file gives a damaged-archive error.
  private static func expectDamaged(_ bytes: [UInt8]) {
    #expect {
      _ = try PlanReader().read(data: Data(bytes), path: "plan.docx")
    } throws: { error in
      guard case .corruptArchive = error as? PlanReadingError else { return false }
      return true
    }
  }

  @Test func damagedWordFileIsRefusedAndLetGo() throws {
    let freed = Flag()
    do {
      // A local file header and nothing that ends an archive.
      let data = Self.watchedBytes(Array("PK\u{3}\u{4}damaged word file".utf8), freed: freed)
      #expect {
        _ = try PlanReader().read(data: data, path: "plan.docx")
      } throws: { error in
        guard case .corruptArchive = error as? PlanReadingError else { return false }
        return true
      }
    }
    #expect(freed.isSet.withLock { $0 })
  }

  @Test func wholeArchiveOpens() throws {
    let data = Data(try Self.wordFile())
    let archive = try #require(MemoryArchive(data))
    #expect(archive.members.count == archive.archive.reduce(0) { count, _ in count + 1 })
    let (_, member) = try #require(archive.entry("word/document.xml"))
    var unpacked = Data()
    try archive.unpack(member, checksum: nil) { unpacked.append($0) }
    #expect(unpacked.count == member.uncompressedSize)
    #expect(String(decoding: unpacked, as: UTF8.self).contains("<w:body"))
  }

  @Test func endRecordMustBeWhole() throws {
    var bytes = try Self.wordFile()
    let end = Self.endRecord(in: bytes)
    // A comment longer than what follows the record.
    bytes[end + 20] = 9
    #expect(MemoryArchive(Data(bytes)) == nil)
    Self.expectDamaged(bytes)
    // Cut inside the record.
    #expect(MemoryArchive(Data(try Self.wordFile().dropLast(4))) == nil)
  }

  @Test func centralDirectoryPastTheEndIsRefused() throws {
    var bytes = try Self.wordFile()
    Self.write(UInt32(bytes.count + 1_000), at: Self.endRecord(in: bytes) + 16, in: &bytes)
    Self.expectDamaged(bytes)
  }

  @Test func localHeaderPastTheEndIsRefused() throws {
    var bytes = try Self.wordFile()
    let directory = Int(
      bytes[Self.endRecord(in: bytes) + 16..<Self.endRecord(in: bytes) + 20].reversed()
        .reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
    Self.write(UInt32(bytes.count + 1_000), at: directory + 42, in: &bytes)
    Self.expectDamaged(bytes)
  }

  @Test func fileDataPastTheEndIsRefused() throws {
    var bytes = try Self.wordFile()
    let end = Self.endRecord(in: bytes)
    let directory = Int(
      bytes[end + 16..<end + 20].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
    // The first entry's compressed size: larger than the whole file.
    Self.write(UInt32(bytes.count * 2), at: directory + 20, in: &bytes)
    Self.expectDamaged(bytes)
  }

  @Test func zip64IsRefused() throws {
    var bytes = try Self.wordFile()
    let end = Self.endRecord(in: bytes)
    let directory = Int(
      bytes[end + 16..<end + 20].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
    Self.write(0xFFFF_FFFF, at: directory + 42, in: &bytes)
    Self.expectDamaged(bytes)
  }

  /// A deflate stream that does not end within its member: empty stored
  /// blocks that are never the last one (ZIPFoundation's inflater looped for
  /// ever on such data).
  @Test func endlessDeflateStreamIsRefused() throws {
    var bytes = try Self.wordFile()
    let (entry, member) = try #require(MemoryArchive(Data(bytes))?.entry("word/document.xml"))
    #expect(entry.isCompressed)
    let emptyBlock: [UInt8] = [0x00, 0x00, 0x00, 0xFF, 0xFF]
    for (index, offset) in member.data.enumerated() { bytes[offset] = emptyBlock[index % 5] }
    #expect {
      _ = try PlanReader().read(data: Data(bytes), path: "plan.docx")
    } throws: { error in
      guard case .corruptArchive(_, let reason) = error as? PlanReadingError else { return false }
      return reason.contains("word/document.xml") && reason.contains("damaged compressed data")
    }
  }

  /// The two archives with which `fuzz-docx` stopped the process (a central
  /// directory past the end) and hung it (a deflate stream without an end)
  /// are refused as damaged.
  @Test(arguments: ["docx-directory-past-end.docx", "docx-endless-deflate.docx"])
  func fuzzFindingsAreRefused(_ name: String) throws {
    let data = try Data(contentsOf: Fixtures.url("FuzzCrashes/" + name))
    #expect {
      _ = try PlanReader().read(data: data, path: name)
    } throws: { error in
      guard case .corruptArchive = error as? PlanReadingError else { return false }
      return true
    }
  }
}
