import Assessment
import Foundation
import Reporting
import Testing

@testable import Batch

/// Issue 13: a damaged shard was merged without a word, and two batches into
/// one folder mixed their outputs.
@Suite struct IntegrityTests {}

// MARK: - Merge checks each shard

extension IntegrityTests {
  /// Two shards of the mixed folder, written for a merge.
  static func shards() async throws -> [URL] {
    let input = try BatchFixture.folder(ShardMergeTests.plans())
    var folders: [URL] = []
    for index in 1...2 {
      let folder = try BatchFixture.temporaryFolder("shard\(index)")
      _ = try await BatchFixture.run(input, into: folder) {
        $0.shard = try? Shard(index: index, count: 2)
      }
      folders.append(folder)
    }
    return folders
  }

  /// `batch.json` records the lines and SHA-256 of `results.jsonl`.
  @Test func batchInfoRecordsTheResultsDigest() async throws {
    let folders = try await Self.shards()
    let data = try Data(contentsOf: folders[0].appendingPathComponent(BatchLayout.results))
    let info = try JSONDecoder().decode(
      BatchInfo.self, from: Data(contentsOf: folders[0].appendingPathComponent(BatchLayout.info)))
    let digest = try #require(info.results)
    #expect(digest.lines == info.scored)
    #expect(digest.sha256.count == 64)
    #expect(digest == ResultsDigest(of: data))
  }

  /// A shard whose `results.jsonl` lost a line, or was edited, is refused by
  /// name; nothing is merged.
  @Test(arguments: ["drop a line", "edit a grade"])
  func damagedShardIsRefused(damage: String) async throws {
    let folders = try await Self.shards()
    let results = folders[1].appendingPathComponent(BatchLayout.results)
    var lines = try String(contentsOf: results, encoding: .utf8)
      .split(separator: "\n").map(String.init)
    if damage == "drop a line" {
      lines.removeLast()
    } else {
      lines[0] = lines[0].replacingOccurrences(of: "\"grade\":", with: "\"grade\":9")
    }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: results)
    let output = try BatchFixture.temporaryFolder("merged")
    do {
      _ = try BatchMerger(inputs: folders, output: output).merge()
      Issue.record("a damaged shard was merged")
    } catch {
      guard case .damagedShard(let path, let reason) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(path == folders[1].path)
      #expect(reason.contains(BatchLayout.results))
      #expect(error.errorDescription?.contains("Run the batch for this folder again") == true)
    }
    #expect(
      !FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
  }

  /// A shard written before the digest was recorded is refused with what to do.
  @Test func shardWithoutDigestIsRefused() async throws {
    let folders = try await Self.shards()
    let infoURL = folders[0].appendingPathComponent(BatchLayout.info)
    var info = try JSONDecoder().decode(BatchInfo.self, from: Data(contentsOf: infoURL))
    info.results = nil
    try StableJSON.file(info).write(to: infoURL)
    let output = try BatchFixture.temporaryFolder("merged")
    #expect(
      throws: BatchError.damagedShard(
        path: folders[0].path,
        reason: "batch.json records no checksum of results.jsonl (written by an older scorecard)")
    ) {
      try BatchMerger(inputs: folders, output: output).merge()
    }
  }
}

// MARK: - One run per output folder

extension IntegrityTests {
  /// While one run holds the output folder, a second batch and a merge into
  /// it fail at once, naming the folder; after the first ends, a run works.
  @Test func secondRunIntoTheSameFolderFailsAtOnce() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let output = try BatchFixture.temporaryFolder("out")
    let first = try OutputLock(folder: output)
    await #expect(
      throws: BatchError.outputLocked(path: output.path, holder: "process \(getpid())")
    ) {
      try await BatchFixture.run(input, into: output)
    }
    #expect(throws: BatchError.outputLocked(path: output.path, holder: "process \(getpid())")) {
      try BatchMerger(inputs: [input], output: output).merge()
    }
    #expect(
      !FileManager.default.fileExists(atPath: output.appendingPathComponent("errors.json").path))
    first.release()
    let outcome = try await BatchFixture.run(input, into: output)
    #expect(outcome.plans.count == 3)
  }

  /// The message says another run is writing and what to do.
  @Test func lockedMessage() {
    let error = BatchError.outputLocked(path: "/runs/2025", holder: "process 42")
    #expect(
      error.errorDescription
        == "/runs/2025: another scorecard run is writing to this folder (process 42). Wait "
        + "until it has finished, or give another output folder.")
  }
}

// MARK: - Broken files read back

extension IntegrityTests {
  /// A results line, a batch.json or an errors.json that cannot be read is
  /// named in words, without decoder internals.
  @Test func brokenFilesAreNamedInWords() async throws {
    let folder = try await Self.shards()[0]
    let results = folder.appendingPathComponent(BatchLayout.results)
    try Data("{\"file\": 3}\n".utf8).write(to: results)
    #expect(
      throws: BatchError.corruptResults(
        path: results.path, line: 1, reason: "`file` has the wrong type: expected a string")
    ) {
      try BatchFolder.readResults(results)
    }
    let info = folder.appendingPathComponent(BatchLayout.info)
    try Data("{\"format\": 1,".utf8).write(to: info)
    #expect(throws: BatchError.corruptResults(path: info.path, line: nil, reason: "not valid JSON"))
    {
      try BatchFolder(reading: folder)
    }
  }
}
