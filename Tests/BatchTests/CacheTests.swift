import Foundation
import Scoring
import TestSupport
import Testing

@testable import Batch

@Suite struct CacheTests {}

extension CacheTests {
  /// A second run takes every plan from the cache; changing one file scores
  /// only that one again, and the outputs match a run without the cache.
  @Test func onlyChangedPlansAreScoredAgain() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let output = try BatchFixture.temporaryFolder("out")
    let first = try await BatchFixture.run(input, into: output)
    #expect(first.cached == 0)
    #expect(try await BatchFixture.run(input, into: output).cached == 3)

    try BatchFixture.write(
      ["arnhem.txt": BatchFixture.plan(gemeente: "Arnhem", "Bewoners beslissen over het plein.")],
      into: input)
    let third = try await BatchFixture.run(input, into: output)
    #expect(third.cached == 2)
    let arnhem = try #require(third.plans.first { $0.file == "arnhem.txt" })
    #expect(arnhem.level(of: "influence") == 2)

    let fresh = try BatchFixture.temporaryFolder("out")
    _ = try await BatchFixture.run(input, into: fresh) { $0.cache = nil }
    #expect(try BatchFixture.contents(of: fresh) == BatchFixture.contents(of: output))
  }

  /// A different rubric (another hash) misses the cache for every plan.
  @Test func rubricChangeMissesTheCache() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let cache = try BatchFixture.temporaryFolder("cache")
    _ = try await BatchFixture.run(input, into: try BatchFixture.temporaryFolder("out")) {
      $0.cache = cache
    }
    let text = try String(contentsOf: Fixtures.url("rubrics/test-rubric.json"), encoding: .utf8)
    let bumped = text.replacingOccurrences(
      of: "\"version\": \"1.0.0\"", with: "\"version\": \"1.0.1\"")
    let edited = try Rubric(data: Data(bumped.utf8), source: "edited.json")
    var options = BatchOptions(input: input, output: try BatchFixture.temporaryFolder("out"))
    options.cache = cache
    let outcome = try await BatchRunner(rubric: edited, options: options).run()
    #expect(outcome.cached == 0)
    #expect(outcome.plans.allSatisfy { $0.scorecard.rubric.version == "1.0.1" })
  }

  /// The key changes with each of its parts.
  @Test func keyParts() {
    let base = ResultCache.key(fileHash: "f", rubricHash: "r", engineVersion: "1", manifest: "")
    #expect(base.count == 64)
    #expect(
      base == ResultCache.key(fileHash: "f", rubricHash: "r", engineVersion: "1", manifest: ""))
    #expect(
      base != ResultCache.key(fileHash: "g", rubricHash: "r", engineVersion: "1", manifest: ""))
    #expect(
      base != ResultCache.key(fileHash: "f", rubricHash: "s", engineVersion: "1", manifest: ""))
    #expect(
      base != ResultCache.key(fileHash: "f", rubricHash: "r", engineVersion: "2", manifest: ""))
    #expect(
      base != ResultCache.key(fileHash: "f", rubricHash: "r", engineVersion: "1", manifest: "x"))
  }

  /// A damaged cache entry is scored again rather than trusted.
  @Test func damagedEntryIsIgnored() async throws {
    let input = try BatchFixture.folder(["a.txt": BatchFixture.plan("Er is een wijkbudget.")])
    let cache = try BatchFixture.temporaryFolder("cache")
    let output = try BatchFixture.temporaryFolder("out")
    _ = try await BatchFixture.run(input, into: output) { $0.cache = cache }
    let entries = FileManager.default.enumerator(atPath: cache.path)?.allObjects as? [String] ?? []
    let entry = try #require(entries.first { $0.hasSuffix(".json") })
    try Data("{broken".utf8).write(to: cache.appendingPathComponent(entry))
    let outcome = try await BatchFixture.run(input, into: output) { $0.cache = cache }
    #expect(outcome.cached == 0)
    #expect(outcome.plans.count == 1)
  }
}
