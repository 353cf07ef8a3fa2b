import Foundation
import Reporting
import Testing

@testable import Batch

@Suite struct ShardMergeTests {}

extension ShardMergeTests {
  /// A folder of plans with a spread of names, so every shard gets some.
  static func plans() -> [String: Data] {
    var files = BatchFixture.mixedFolder
    let sentences = [
      "Bewoners beslissen over het plein.", "We raadplegen bewoners met een enquête.",
      "De gemeente stuurt een nieuwsbrief.", "Er is een wijkbudget.",
    ]
    for number in 1...12 {
      files["wijk-\(number)/plan.md"] = BatchFixture.plan(
        gemeente: "Gemeente \(number % 5)", wijk: "Wijk \(number)", jaar: 2025,
        sentences[number % sentences.count])
    }
    return files
  }

  /// N shards merged are byte-identical to one unsharded run: summary.csv,
  /// results.jsonl, index.html, errors.json and every report.
  @Test(arguments: [2, 3]) func shardsPlusMergeEqualOneRun(count: Int) async throws {
    let input = try BatchFixture.folder(Self.plans())
    let whole = try BatchFixture.temporaryFolder("whole")
    _ = try await BatchFixture.run(input, into: whole)

    var shardFolders: [URL] = []
    var total = 0
    for index in 1...count {
      let folder = try BatchFixture.temporaryFolder("shard\(index)")
      let outcome = try await BatchFixture.run(input, into: folder) {
        $0.shard = try? Shard(index: index, count: count)
      }
      total += outcome.files
      #expect(outcome.files > 0)
      shardFolders.append(folder)
    }
    #expect(total == 18)

    let merged = try BatchFixture.temporaryFolder("merged")
    let outcome = try BatchMerger(inputs: shardFolders.reversed(), output: merged).merge()
    #expect(outcome.plans.count == 15)
    #expect(outcome.failures.count == 3)

    let expected = try BatchFixture.contents(of: whole)
    let actual = try BatchFixture.contents(of: merged)
    for name in [
      BatchLayout.summary, BatchLayout.results, BatchLayout.index, BatchLayout.errors,
      BatchLayout.info,
    ] {
      #expect(actual[name] == expected[name], "\(name) differs")
    }
    #expect(actual == expected)
  }

  /// A missing shard, a shard given twice, and outputs of different rubrics
  /// are refused with a message that says which.
  @Test func shardsMustFit() async throws {
    let input = try BatchFixture.folder(Self.plans())
    var folders: [URL] = []
    for index in 1...3 {
      let folder = try BatchFixture.temporaryFolder("shard\(index)")
      _ = try await BatchFixture.run(input, into: folder) {
        $0.shard = try? Shard(index: index, count: 3)
      }
      folders.append(folder)
    }
    let output = try BatchFixture.temporaryFolder("merged")
    #expect(throws: BatchError.shardsDoNotFit(reason: "shard 2/3 is missing; merge all 3 shards")) {
      try BatchMerger(inputs: [folders[0], folders[2]], output: output).merge()
    }
    #expect(throws: BatchError.self) {
      try BatchMerger(inputs: [folders[0], folders[1], folders[1]], output: output).merge()
    }
    let unsharded = try BatchFixture.temporaryFolder("whole")
    _ = try await BatchFixture.run(input, into: unsharded)
    #expect(throws: BatchError.self) {
      try BatchMerger(inputs: [folders[0], unsharded], output: output).merge()
    }
    #expect(throws: BatchError.notABatchOutput(path: input.path, missing: BatchLayout.info)) {
      try BatchMerger(inputs: [input], output: output).merge()
    }
  }

  /// Two unsharded outputs of different folders merge into one comparison,
  /// but the same plan in both is refused.
  @Test func mergeSeparateRuns() async throws {
    let first = try BatchFixture.temporaryFolder("first")
    let second = try BatchFixture.temporaryFolder("second")
    _ = try await BatchFixture.run(
      try BatchFixture.folder(["a.txt": BatchFixture.plan(gemeente: "A", "Er is een wijkbudget.")]),
      into: first)
    _ = try await BatchFixture.run(
      try BatchFixture.folder(["b.txt": BatchFixture.plan(gemeente: "B", "Er is een wijkbudget.")]),
      into: second)
    let merged = try BatchFixture.temporaryFolder("merged")
    let outcome = try BatchMerger(inputs: [first, second], output: merged).merge()
    #expect(outcome.plans.map(\.file).sorted() == ["a.txt", "b.txt"])
    let index = try BatchFixture.text(BatchLayout.index, in: merged)
    #expect(index.contains("plans/a.txt.html"))
    #expect(
      FileManager.default.fileExists(atPath: merged.appendingPathComponent("plans/b.txt.md").path))
    #expect(throws: BatchError.duplicatePlan(file: "a.txt", first: first.path, second: first.path))
    {
      try BatchMerger(inputs: [first, first], output: merged).merge()
    }
  }
}
