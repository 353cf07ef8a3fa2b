import Assessment
import Foundation
import Testing

/// ``AtomicFile`` writes the same file, and fails with the same words, with
/// and without syncing it to the disk.
@Suite struct AtomicFileTests {
  private static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("a file written without syncing has the bytes and leaves no temporary file")
  func withoutSyncing() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bytes = Data("Bewoners beslissen mee: <é & ’>\n".utf8)
    for syncing in [true, false] {
      let url = folder.appendingPathComponent("sub/\(syncing).md")
      try AtomicFile.write(Data("old".utf8), to: url, creatingFolders: true, syncing: syncing)
      try AtomicFile.write(bytes, to: url, creatingFolders: true, syncing: syncing)
      #expect(try Data(contentsOf: url) == bytes)
      try AtomicFile.write(Data(), to: url, syncing: syncing)
      #expect(try Data(contentsOf: url).isEmpty)
    }
    let names = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("sub").path)
    #expect(names.sorted() == ["false.md", "true.md"])
    #expect(!names.contains(where: AtomicFile.isTemporary))
  }

  @Test("a missing folder fails with the same words either way")
  func missingFolder() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("missing/plan.md")
    var reasons: [String] = []
    for syncing in [true, false] {
      #expect {
        try AtomicFile.write(Data("x".utf8), to: url, syncing: syncing)
      } throws: { error in
        reasons.append((error as? AtomicFile.WriteFailure)?.reason ?? "")
        return true
      }
    }
    #expect(reasons.count == 2 && reasons[0] == reasons[1] && !reasons[0].isEmpty)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("missing").path))
  }
}
