import Foundation
import Testing

@testable import PlanReading

/// Issue 13: file errors said "NSCocoaErrorDomain error 512" or "permission"
/// for a device; they are said in words.
@Suite struct FileAccessTests {}

extension FileAccessTests {
  /// A fresh temporary folder.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-access-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Reading: a missing file, a folder, a device; a regular file reads.
  @Test func readProblems() throws {
    let folder = try Self.folder()
    #expect(throws: FileAccess.ReadError(notFound: true, reason: "there is no such file or folder"))
    {
      try FileAccess.read(folder.appendingPathComponent("weg.txt").path)
    }
    #expect(throws: FileAccess.ReadError(notFound: false, reason: "it is a folder, not a file")) {
      try FileAccess.read(folder.path)
    }
    #expect(
      throws: FileAccess.ReadError(notFound: false, reason: "it is not a regular file but a device")
    ) {
      try FileAccess.read("/dev/null")
    }
    let file = folder.appendingPathComponent("plan.txt")
    try Data("tekst".utf8).write(to: file)
    #expect(try FileAccess.read(file.path) == Data("tekst".utf8))
  }

  /// Writing: onto a folder, and under a file where a folder is needed.
  @Test func writeProblems() throws {
    let folder = try Self.folder()
    do {
      try Data("x".utf8).write(to: folder, options: .atomic)
      Issue.record("writing onto a folder worked")
    } catch {
      #expect(FileAccess.words(for: error, path: folder.path).contains("folder"))
    }
    let file = folder.appendingPathComponent("out.md")
    try Data("x".utf8).write(to: file)
    for target in [file, file.appendingPathComponent("sub")] {
      do {
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        Issue.record("a folder was made over a file")
      } catch {
        let words = FileAccess.words(for: error, path: target.path)
        #expect(
          words.contains("is a file, not a folder") || words.contains("is in the way"), "\(words)")
        #expect(!words.contains("Domain"))
      }
    }
  }
}
