import Foundation
import Scoring
import Testing

@testable import Batch

/// Issue 13: a tampered cache entry (grade 99, level 7, a fake municipality)
/// was trusted and ranked first.
@Suite struct CacheIntegrityTests {}

extension CacheIntegrityTests {
  /// The cache entries under a folder.
  static func entries(in cache: URL) -> [URL] {
    let walker = FileManager.default.enumerator(atPath: cache.path)
    var found: [URL] = []
    while let relative = walker?.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasSuffix(".json"), !name.hasPrefix(".") {
        found.append(cache.appendingPathComponent(relative))
      }
    }
    return found
  }

  /// Splits an entry into its header line and the scorecard's JSON.
  static func split(_ url: URL) throws -> (header: Data, body: Data) {
    let data = try Data(contentsOf: url)
    let newline = try #require(data.firstIndex(of: UInt8(ascii: "\n")))
    return (data[..<newline], data[data.index(after: newline)...])
  }

  /// One way of tampering with an entry.
  struct Tamper: CustomTestStringConvertible, Sendable {
    var name: String
    /// Whether the checksum is recomputed after the edit (a careful forger).
    var recomputeChecksum: Bool
    var edit: @Sendable (String) -> String
    var testDescription: String { name }
  }

  static let tampers: [Tamper] = [
    Tamper(name: "grade 99, checksum left", recomputeChecksum: false) {
      $0.replacingOccurrences(of: "\"grade\":", with: "\"grade\":99,\"x\":")
    },
    Tamper(name: "fake municipality, checksum left", recomputeChecksum: false) {
      $0.replacingOccurrences(of: "\"municipality\":\"", with: "\"municipality\":\"Nep")
    },
    Tamper(name: "grade 99 with a new checksum", recomputeChecksum: true) {
      $0.replacingOccurrences(
        of: #""grade":[0-9.]+"#, with: "\"grade\":99", options: .regularExpression)
    },
    Tamper(name: "level 7 with a new checksum", recomputeChecksum: true) {
      $0.replacingOccurrences(
        of: #""level":[0-9]"#, with: "\"level\":7", options: .regularExpression)
    },
    Tamper(name: "unknown criterion with a new checksum", recomputeChecksum: true) {
      $0.replacingOccurrences(of: "\"id\":\"influence\"", with: "\"id\":\"verzonnen\"")
    },
  ]

  /// A tampered entry is not trusted: the plan is scored again, counted, and
  /// the outputs equal a run without any cache.
  @Test(arguments: tampers) func tamperedEntryIsRescored(_ tamper: Tamper) async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let cache = try BatchFixture.temporaryFolder("cache")
    let output = try BatchFixture.temporaryFolder("out")
    _ = try await BatchFixture.run(input, into: output) { $0.cache = cache }
    let entries = Self.entries(in: cache)
    #expect(entries.count == 3)
    for entry in entries {
      let (header, body) = try Self.split(entry)
      let edited = Data(tamper.edit(String(decoding: body, as: UTF8.self)).utf8)
      #expect(edited != body, "the tamper changed nothing")
      var newHeader = header
      if tamper.recomputeChecksum {
        let key = entry.deletingPathExtension().lastPathComponent
        newHeader = Data(
          "{\"key\":\"\(key)\",\"sha256\":\"\(ResultCache.checksum(key: key, body: edited))\"}".utf8
        )
      }
      try (newHeader + Data("\n".utf8) + edited).write(to: entry)
    }
    let outcome = try await BatchFixture.run(input, into: output) { $0.cache = cache }
    #expect(outcome.cached == 0)
    #expect(outcome.rejectedCacheEntries == 3)
    #expect(outcome.plans.allSatisfy { (1...10).contains($0.scorecard.grade) })
    let fresh = try BatchFixture.temporaryFolder("fresh")
    _ = try await BatchFixture.run(input, into: fresh) { $0.cache = nil }
    let results = try BatchFixture.text(BatchLayout.results, in: output)
    #expect(results == (try BatchFixture.text(BatchLayout.results, in: fresh)))
    // The rescored entries are valid again.
    let third = try await BatchFixture.run(input, into: output) { $0.cache = cache }
    #expect(third.cached == 3)
    #expect(third.rejectedCacheEntries == 0)
  }

  /// A temporary file a killed run left in the cache is removed at the start
  /// of the next run.
  @Test func stalePartialFileIsRemoved() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let output = try BatchFixture.temporaryFolder("out")
    let cache = output.appendingPathComponent(BatchLayout.defaultCache, isDirectory: true)
    _ = try await BatchFixture.run(input, into: output) { $0.cache = cache }
    let folder = try #require(Self.entries(in: cache).first).deletingLastPathComponent()
    let partial = folder.appendingPathComponent(".abc.json.partial-1234")
    try Data("{\"half".utf8).write(to: partial)
    _ = try await BatchFixture.run(input, into: output) { $0.cache = cache }
    #expect(!FileManager.default.fileExists(atPath: partial.path))
  }
}
