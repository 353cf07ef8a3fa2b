import Foundation
import ZIPFoundation

/// A ZIP archive held in memory, opened with ZIPFoundation after checking that
/// every place ZIPFoundation will seek to lies inside the bytes, with where
/// each member's data lies (so that ``OfficeArchive`` unpacks it itself).
///
/// ZIPFoundation trusts an archive's offsets. In memory, a read after a seek
/// past the end traps (a damaged `.docx` stopped the whole process), its
/// inflater loops for ever on a deflate stream that does not end before the
/// archive does, and an archive without an end-of-central-directory record
/// is kept in memory until the process ends. All three were found by
/// `fuzz-docx`. So the
/// archive's layout is walked here first, the way ZIPFoundation walks it,
/// and anything this walk cannot vouch for is refused as damaged: a missing
/// or cut-off end record, a central directory or local header outside the
/// bytes, file data running past the end, and every ZIP64 structure (a plan
/// needs no archive of 4 GB; ZIP64 sizes are where ZIPFoundation's
/// arithmetic overflows).
struct MemoryArchive {
  /// Where one member's data lies, as its central directory entry says.
  struct Member: Equatable {
    /// The compression method (0 stored, 8 deflated).
    let method: UInt16
    /// The member's data, compressed as `method` says, within the archive.
    let data: Range<Int>
    /// The size unpacked.
    let uncompressedSize: Int
  }

  /// The archive, as ZIPFoundation reads it.
  let archive: Archive
  /// The archive's members in the order of its central directory (the order
  /// in which ZIPFoundation lists its entries).
  let members: [Member]
  /// The archive's bytes.
  let bytes: Data

  /// Opens the archive in `data`; `nil` when it is damaged.
  init?(_ data: Data) {
    guard let members = data.withUnsafeBytes({ Layout(bytes: $0).members }),
      let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil)
    else { return nil }
    self.archive = archive
    self.members = members
    self.bytes = data
  }

  /// The first entry at `path` and where its data lies.
  func entry(_ path: String) -> (entry: Entry, member: Member)? {
    for (index, entry) in archive.enumerated() where entry.path == path {
      return index < members.count ? (entry, members[index]) : nil
    }
    return nil
  }

  /// The walk over an archive's structures.
  private struct Layout {
    let bytes: UnsafeRawBufferPointer

    private static let endRecordLength = 22
    private static let directoryEntryLength = 46
    private static let localHeaderLength = 30
    private static let endRecordSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let directoryEntrySignature: UInt32 = 0x0201_4B50
    private static let localHeaderSignature: UInt32 = 0x0403_4B50
    private static let zip64ExtraField: UInt16 = 0x0001
    /// Set in the general purpose flags when sizes follow the data.
    private static let dataDescriptorFlag: UInt16 = 1 << 3
    /// The longest data descriptor (with its optional signature).
    private static let dataDescriptorLength = 16

    /// The offset of the end-of-central-directory record, when the last
    /// signature in the bytes starts a whole record, comment included: the
    /// test ZIPFoundation makes (it stops at the last signature, searching
    /// from the end).
    var endRecord: Int? {
      guard bytes.count >= Self.endRecordLength else { return nil }
      var offset = bytes.count - Self.endRecordLength
      while offset >= 0 {
        if uint32(at: offset) == Self.endRecordSignature {
          let comment = Int(uint16(at: offset + 20))
          return offset + Self.endRecordLength + comment <= bytes.count ? offset : nil
        }
        offset -= 1
      }
      return nil
    }

    /// The members, when every structure lies inside the bytes.
    var members: [Member]? {
      guard let end = endRecord else { return nil }
      // ZIP64: a locator right before the record, or its marker values.
      if end >= 20, uint32(at: end - 20) == Self.zip64LocatorSignature { return nil }
      let entries = Int(uint16(at: end + 10))
      let directorySize = uint32(at: end + 12)
      let directoryStart = uint32(at: end + 16)
      guard entries != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryStart != 0xFFFF_FFFF
      else { return nil }
      var members: [Member] = []
      var position = Int(directoryStart)
      for _ in 0..<entries {
        guard let (member, next) = directoryEntry(at: position) else { return nil }
        members.append(member)
        position = next
      }
      return members
    }

    /// Checks the central directory entry at `offset` and its file; returns
    /// the member and where the next entry starts.
    private func directoryEntry(at offset: Int) -> (Member, Int)? {
      guard fits(offset, Self.directoryEntryLength),
        uint32(at: offset) == Self.directoryEntrySignature
      else { return nil }
      let flags = uint16(at: offset + 8)
      let method = uint16(at: offset + 10)
      let compressed = uint32(at: offset + 20)
      let uncompressed = uint32(at: offset + 24)
      let nameLength = Int(uint16(at: offset + 28))
      let extraLength = Int(uint16(at: offset + 30))
      let commentLength = Int(uint16(at: offset + 32))
      let header = uint32(at: offset + 42)
      guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, header != 0xFFFF_FFFF,
        fits(offset, Self.directoryEntryLength + nameLength + extraLength + commentLength),
        !hasZIP64Field(at: offset + Self.directoryEntryLength + nameLength, length: extraLength),
        let dataStart = localHeader(at: Int(header))
      else { return nil }
      let isStored = method == 0
      let dataLength = Int(isStored ? max(compressed, uncompressed) : compressed)
      guard fits(dataStart, dataLength) else { return nil }
      if flags & Self.dataDescriptorFlag != 0 {
        let descriptor = dataStart + Int(isStored ? uncompressed : compressed)
        guard fits(descriptor, Self.dataDescriptorLength) else { return nil }
      }
      let member = Member(
        method: method, data: dataStart..<dataStart + Int(compressed),
        uncompressedSize: Int(uncompressed))
      return (member, offset + Self.directoryEntryLength + nameLength + extraLength + commentLength)
    }

    /// Checks the local file header at `offset`; returns where its data starts.
    private func localHeader(at offset: Int) -> Int? {
      guard fits(offset, Self.localHeaderLength), uint32(at: offset) == Self.localHeaderSignature
      else { return nil }
      let nameLength = Int(uint16(at: offset + 26))
      let extraLength = Int(uint16(at: offset + 28))
      guard fits(offset, Self.localHeaderLength + nameLength + extraLength),
        !hasZIP64Field(at: offset + Self.localHeaderLength + nameLength, length: extraLength)
      else { return nil }
      return offset + Self.localHeaderLength + nameLength + extraLength
    }

    /// Whether an extra field holds ZIP64 information, found as ZIPFoundation
    /// finds it (a chain of id and length headers; a header running past the
    /// end ends the search).
    private func hasZIP64Field(at start: Int, length: Int) -> Bool {
      var offset = 0
      while offset < length - 4 {
        let id = uint16(at: start + offset)
        let next = offset + 4 + Int(uint16(at: start + offset + 2))
        guard next <= length else { return false }
        if id == Self.zip64ExtraField { return true }
        offset = next
      }
      return false
    }

    private func fits(_ offset: Int, _ length: Int) -> Bool {
      offset >= 0 && length >= 0 && offset <= bytes.count && length <= bytes.count - offset
    }

    private func uint16(at offset: Int) -> UInt16 {
      UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private func uint32(at offset: Int) -> UInt32 {
      UInt32(uint16(at: offset)) | UInt32(uint16(at: offset + 2)) << 16
    }
  }
}
