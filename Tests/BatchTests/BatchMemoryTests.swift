import Crypto
import Foundation
import Testing

@testable import Batch

/// A batch streams its results: it holds a bounded number of full plan
/// outcomes at once, whatever the number of plans, and writes the same bytes
/// in the same order as a run that held them all.
@Suite struct BatchMemoryTests {
  /// Sentences of the generated plans (written for these tests).
  static let sentences = [
    "Bewoners beslissen mee over het budget voor het nieuwe speelveld.",
    "We houden een enquête onder omwonenden over de route van de fietsbrug.",
    "Na de inloopavond kreeg iedereen een verslag met wat er met de reacties is gedaan.",
    "De gemeente stuurt een nieuwsbrief over de planning van de werkzaamheden.",
  ]

  /// `count` small text plans in seven folders, each with two of the
  /// sentences, a municipality and a year.
  static func plans(_ count: Int) -> [String: Data] {
    var files: [String: Data] = [:]
    for number in 0..<count {
      let name = "gemeente-\(number % 7)/plan-\(String(format: "%04d", number)).md"
      files[name] = BatchFixture.plan(
        gemeente: "Gemeente \(number % 7)", jaar: 2020 + number % 5,
        sentences[number % 4], sentences[(number / 4) % 4])
    }
    return files
  }

  /// Runs a batch of `count` generated plans without the cache.
  static func run(
    _ count: Int, jobs: Int, window: Int? = nil
  ) async throws -> (BatchOutcome, URL) {
    let input = try BatchFixture.folder(plans(count))
    let output = try BatchFixture.temporaryFolder("out")
    var options = BatchOptions(input: input, output: output)
    options.jobs = jobs
    options.cache = nil
    var runner = BatchRunner(rubric: BatchFixture.rubric, options: options)
    if let window { runner.window = window }
    return (try await runner.run(), output)
  }

  /// One SHA-256 over every output file, path and bytes, in path order.
  static func digest(of folder: URL) throws -> String {
    var hasher = SHA256()
    let files = try BatchFixture.contents(of: folder)
    for path in files.keys.sorted() {
      hasher.update(data: Data(path.utf8) + [0])
      hasher.update(data: files[path]! + [0])
    }
    return hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }
}

extension BatchMemoryTests {
  /// Doubling the number of plans does not raise the number of full outcomes
  /// held at once: it stays within the window, and every plan is written.
  @Test func heldResultsAreBoundedWhateverTheNumberOfPlans() async throws {
    for count in [60, 120] {
      let (outcome, output) = try await Self.run(count, jobs: 3, window: 5)
      #expect(outcome.plans.count == count)
      #expect(outcome.peakHeldResults <= 5, "held \(outcome.peakHeldResults) of \(count)")
      let lines = try BatchFixture.text(BatchLayout.results, in: output)
        .split(separator: "\n").map(String.init)
      #expect(lines.count == count)
      let files = lines.map { String($0.dropFirst(9).prefix { $0 != "\"" }) }
      #expect(files == files.sorted())
      #expect(outcome.plans.map(\.file) == files)
    }
  }

  /// The default window holds at most 64 outcomes (16 per job) for a batch
  /// far larger than that.
  @Test func defaultWindowIsBounded() async throws {
    let (outcome, _) = try await Self.run(150, jobs: 2)
    #expect(outcome.peakHeldResults <= 64)
    #expect(outcome.plans.count == 150)
  }

  /// The rows kept per plan have no quotes, advice or questions.
  @Test func keptRowsAreCompact() async throws {
    let (outcome, _) = try await Self.run(8, jobs: 2)
    for plan in outcome.plans {
      #expect(plan.scorecard.criteria.allSatisfy { $0.evidence.isEmpty && $0.advice.isEmpty })
      #expect(plan.scorecard.criteria.allSatisfy { $0.question.isEmpty })
    }
  }

  /// One job, several jobs and a window of one give the same bytes, equal to
  /// those recorded: first from the `scorecard batch` of main at 9cd978e,
  /// before results were streamed (`--no-cache`, the test rubric), and
  /// recorded again when the card wording of issue 14 was merged with it, and
  /// when the engine version (written in every card) went to 0.2.0, 0.3.0,
  /// 0.4.0, 0.4.1, 0.4.2, 0.4.3, 0.4.4, 0.4.5 and 0.4.6 (each time the same digest as
  /// before with the version set back).
  @Test func outputsAreTheSameBytesAsBefore() async throws {
    let (_, one) = try await Self.run(40, jobs: 1)
    let (_, many) = try await Self.run(40, jobs: 4, window: 1)
    let (_, wide) = try await Self.run(40, jobs: 3)
    let digest = try Self.digest(of: one)
    #expect(try Self.digest(of: many) == digest)
    #expect(try Self.digest(of: wide) == digest)
    #expect(digest == Self.recorded)
  }

  /// The digest of the 40-plan batch's outputs.
  static let recorded = "3744be14899a16e643722584b5475269c1ec41f10925a84ff23a3672dc842061"
}
