// Throughput benchmark for reading and scoring: run on demand through
// `Scripts/benchmark.sh` (or `make bench`), never in `swift test`.
//
//   scorecard-bench <folder> [--rubric <id|file>] [--multiply N] [--jobs N] [--read-only]
//
// Reads and scores every file under the folder with the rubric (its phrase
// list optionally multiplied N-fold with distinct extra phrases) and prints one
// line of figures: files, bytes, seconds, MB/s, plans/s, peak memory, phrases.
// With --read-only it only reads the plans, to show what reading costs.

import Foundation
import PlanReading
import Scoring

let arguments = BenchmarkArguments.parse(CommandLine.arguments.dropFirst())
let rubric = try RubricMultiplier.multiply(
  RubricCatalog.load(arguments.rubric), by: arguments.multiply)
let files = BenchmarkFiles.list(under: arguments.folder)
let scorer = PlanScorer(rubric: rubric)
let reader = PlanReader()

let started = Date()
let totals = BenchmarkRun.run(files: files, jobs: arguments.jobs) { path in
  guard let document = try? reader.read(fileAt: path) else { return (0, 0, 1) }
  let matches = arguments.readOnly ? 0 : scorer.score(document).counts.matches
  let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  return (size, matches, 0)
}
let seconds = Date().timeIntervalSince(started)
let megabytes = Double(totals.bytes) / 1_000_000
print(
  String(
    format: "files=%d failed=%d bytes=%d seconds=%.2f mb_per_s=%.2f plans_per_s=%.1f "
      + "peak_rss_mb=%.1f phrases=%d matches=%d jobs=%d",
    files.count, totals.failed, totals.bytes, seconds, megabytes / seconds,
    Double(files.count) / seconds, PeakMemory.megabytes(), RubricMultiplier.phraseCount(rubric),
    totals.matches, arguments.jobs))
