import Foundation
import PlanReading
import Reporting

/// Combines the outputs of shard runs into one output folder.
///
/// Given the folders of sharded batch runs (``BatchOptions/shard``), the
/// per-plan reports are copied, and `results.jsonl`, `summary.csv`,
/// `index.html`, `errors.json` and `batch.json` are written from the union. The result is byte-identical to one unsharded run.
///
/// The merger checks that the outputs fit: the same engine and rubric, and,
/// when they are shards, every shard of the same count exactly once.
public struct BatchMerger: Sendable {
  /// The shard output folders.
  public let inputs: [URL]
  /// The folder to write.
  public let output: URL
  /// The language of the index and the summary; `nil` keeps the shards'.
  public let language: PlanLanguage?
  /// The criteria that break ties in the ranking.
  public let tieBreakers: [String]

  /// Creates a merger.
  public init(
    inputs: [URL], output: URL, language: PlanLanguage? = nil,
    tieBreakers: [String] = Ranking.defaultTieBreakers
  ) {
    self.inputs = inputs
    self.output = output
    self.language = language
    self.tieBreakers = tieBreakers
  }

  /// Merges.
  /// - Returns: The union of the shards' plans and failures.
  /// - Throws: ``BatchError`` when an input is not a batch output, the shards
  ///   do not fit, a plan is in two inputs, or the output cannot be written.
  public func merge() throws(BatchError) -> BatchOutcome {
    let target = output.standardizedFileURL.resolvingSymlinksInPath().path
    for input in inputs where input.standardizedFileURL.resolvingSymlinksInPath().path == target {
      throw .outputIsInput(path: output.path)
    }
    do {
      try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: output.path, reason: FileAccess.words(for: error, path: output.path))
    }
    let lock = try OutputLock(folder: output)
    defer { lock.release() }
    let folders = try inputs.map { url throws(BatchError) in try BatchFolder(reading: url) }
    let info = try check(folders)
    var outcome = BatchOutcome(files: info.files)
    var rows: [(plan: ScoredPlan, folder: Int, line: ResultsFileReader.Span)] = []
    var owner: [String: String] = [:]
    for (number, folder) in folders.enumerated() {
      for entry in folder.results.map(\.plan.file) + folder.failures.map(\.file) {
        if let first = owner[entry] {
          throw .duplicatePlan(file: entry, first: first, second: folder.url.path)
        }
        owner[entry] = folder.url.path
      }
      for result in folder.results {
        for report in result.plan.reports.values.sorted() {
          try copy(report, from: folder.url)
        }
        rows.append((result.plan, number, result.line))
      }
      outcome.failures += folder.failures
    }
    rows.sort { $0.plan.file < $1.plan.file }
    // The lines are copied from the shards' files one by one, in file order.
    let readers = folders.map {
      ResultsFileReader(url: $0.url.appendingPathComponent(BatchLayout.results))
    }
    let handles = try readers.map { reader throws(BatchError) in try reader.open() }
    defer { for handle in handles { try? handle.close() } }
    let results = try ResultsWriter(folder: output)
    do throws(BatchError) {
      for row in rows {
        try results.append(try readers[row.folder].line(at: row.line, in: handles[row.folder]))
      }
    } catch {
      results.discard()
      throw error
    }
    let digest = try results.finish()
    outcome.plans = rows.map(\.plan)
    let outputs = BatchOutputs(
      folder: output, language: PlanLanguage(rawValue: info.language) ?? .nl,
      tieBreakers: tieBreakers)
    try outputs.write(plans: outcome.plans, results: digest, failures: outcome.failures, info: info)
    outputs.removeStaleReports(keeping: Set(outcome.plans.flatMap(\.reports.values)))
    return outcome
  }

  // MARK: - Steps

  /// Checks that the folders fit together and returns the merged `batch.json`.
  private func check(_ folders: [BatchFolder]) throws(BatchError) -> BatchInfo {
    guard let first = folders.first else {
      throw .shardsDoNotFit(reason: "no output folders were given")
    }
    for folder in folders.dropFirst() {
      if folder.info.engineVersion != first.info.engineVersion {
        throw .shardsDoNotFit(
          reason: "\(folder.url.path) was made by engine \(folder.info.engineVersion), "
            + "\(first.url.path) by \(first.info.engineVersion)")
      }
      if folder.info.rubric != first.info.rubric {
        throw .shardsDoNotFit(
          reason: "\(folder.url.path) used rubric \(folder.info.rubric.id) "
            + "\(folder.info.rubric.sha256.prefix(12)), \(first.url.path) used "
            + "\(first.info.rubric.id) \(first.info.rubric.sha256.prefix(12))")
      }
    }
    let shards = folders.compactMap(\.info.shard)
    if !shards.isEmpty {
      guard shards.count == folders.count, let count = shards.first?.count,
        shards.allSatisfy({ $0.count == count })
      else {
        throw .shardsDoNotFit(reason: "the folders are not all shards of the same count")
      }
      let have = Set(shards.map(\.index))
      let missing = (1...count).filter { !have.contains($0) }
      guard shards.count == count, missing.isEmpty else {
        let absent = missing.map { "\($0)/\(count)" }.joined(separator: ", ")
        throw .shardsDoNotFit(
          reason: missing.isEmpty
            ? "a shard was given twice" : "shard \(absent) is missing; merge all \(count) shards")
      }
    }
    let formats = Set(folders.flatMap(\.info.formats))
    return BatchInfo(
      engineVersion: first.info.engineVersion, rubric: first.info.rubric, shard: nil,
      language: language?.rawValue ?? first.info.language,
      formats: first.info.formats.filter(formats.contains)
        + formats.subtracting(first.info.formats).sorted(),
      files: folders.map(\.info.files).reduce(0, +),
      scored: folders.map(\.results.count).reduce(0, +),
      failed: folders.map(\.failures.count).reduce(0, +))
  }

  /// Copies one report into the output folder.
  private func copy(_ report: String, from folder: URL) throws(BatchError) {
    let source = folder.appendingPathComponent(report)
    let data: Data
    do {
      data = try Data(contentsOf: source)
    } catch {
      throw .notABatchOutput(path: folder.path, missing: report)
    }
    try BatchFile.write(data, to: output.appendingPathComponent(report))
  }
}
