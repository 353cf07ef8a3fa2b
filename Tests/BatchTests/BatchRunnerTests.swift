import Foundation
import Reporting
import Testing

@testable import Batch

@Suite struct BatchRunnerTests {}

// MARK: - Good and bad plans

extension BatchRunnerTests {
  /// Good plans are all scored and reported; malformed XML, an empty file and a
  /// binary file are listed in errors.json (with the position where known)
  /// and in the summary, and the batch goes on.
  @Test func goodAndBadPlans() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let output = try BatchFixture.temporaryFolder("out")
    let outcome = try await BatchFixture.run(input, into: output)

    #expect(outcome.files == 6)
    #expect(
      outcome.plans.map(\.file).sorted() == [
        "arnhem.txt", "utrecht/overvecht.xml", "zwolle/holtenbroek.md",
      ])
    let failures = outcome.failures.sorted { $0.file < $1.file }
    #expect(failures.map(\.file) == ["kapot.xml", "leeg.txt", "scan.pdf"])
    #expect(failures.map(\.code) == ["malformed_xml", "empty_file", "damaged_pdf"])
    #expect(failures[0].line == 4)
    #expect(failures[0].message.hasPrefix("kapot.xml:4:"))

    let lines = try BatchFixture.text(BatchLayout.results, in: output)
      .split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("{\"file\":\"arnhem.txt\""))
    for file in ["arnhem.txt", "utrecht/overvecht.xml", "zwolle/holtenbroek.md"] {
      for ext in ["json", "md", "html"] {
        let report = output.appendingPathComponent("plans/\(file).\(ext)")
        #expect(FileManager.default.fileExists(atPath: report.path), "missing \(report.path)")
      }
    }

    let errors =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: output.appendingPathComponent(BatchLayout.errors))) as? [String: Any]
    let listed = try #require(errors?["errors"] as? [[String: Any]])
    #expect(listed.map { $0["file"] as? String } == ["kapot.xml", "leeg.txt", "scan.pdf"])
    #expect(listed[0]["line"] as? Int == 4)
    #expect(listed[2]["line"] == nil)

    let summary = try BatchFixture.text(BatchLayout.summary, in: output)
    #expect(summary.contains("kapot.xml"))
    #expect(summary.contains("scan.pdf;"))
    let index = try BatchFixture.text(BatchLayout.index, in: output)
    #expect(index.contains("<table id=\"errors\">"))
    #expect(index.contains("leeg.txt"))
  }

  /// The scorecards carry the path relative to the plan folder, not where the
  /// folder happens to be, and the manifest-free metadata from the documents.
  @Test func relativeSourcesAndDocumentMetadata() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let outcome = try await BatchFixture.run(input, into: try BatchFixture.temporaryFolder("out"))
    let zwolle = try #require(outcome.plans.first { $0.file == "zwolle/holtenbroek.md" })
    #expect(zwolle.scorecard.plan.source == "zwolle/holtenbroek.md")
    #expect(zwolle.scorecard.plan.municipality == "Zwolle")
    #expect(zwolle.scorecard.plan.area == "Holtenbroek")
    #expect(zwolle.label == "Zwolle – Holtenbroek")
    #expect(zwolle.reports[.html] == "plans/zwolle/holtenbroek.md.html")
    // The evidence stays in the reports; the in-memory summary drops it.
    #expect(zwolle.scorecard.criteria.allSatisfy { $0.evidence.isEmpty })
  }
}

// MARK: - Determinism

extension BatchRunnerTests {
  /// A re-run (from the cache), a run without the cache, a run with one worker
  /// and a run on a copy of the folder elsewhere all write the same bytes.
  @Test func reRunsAreByteIdentical() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let first = try BatchFixture.temporaryFolder("out")
    _ = try await BatchFixture.run(input, into: first)
    let expected = try BatchFixture.contents(of: first)
    #expect(expected.keys.contains(BatchLayout.index))

    let again = try await BatchFixture.run(input, into: first)
    #expect(again.cached == 3)
    #expect(try BatchFixture.contents(of: first) == expected)

    let uncached = try BatchFixture.temporaryFolder("out")
    _ = try await BatchFixture.run(input, into: uncached) {
      $0.cache = nil; $0.jobs = 1
    }
    #expect(try BatchFixture.contents(of: uncached) == expected)

    let moved = try BatchFixture.folder(BatchFixture.mixedFolder)
    let elsewhere = try BatchFixture.temporaryFolder("out")
    _ = try await BatchFixture.run(moved, into: elsewhere) { $0.jobs = 2 }
    #expect(try BatchFixture.contents(of: elsewhere) == expected)
  }

  /// Reports of a plan that left the folder are removed on the next run, and
  /// nothing of a temporary write is left behind.
  @Test func staleReportsAreRemoved() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let output = try BatchFixture.temporaryFolder("out")
    _ = try await BatchFixture.run(input, into: output)
    try FileManager.default.removeItem(at: input.appendingPathComponent("arnhem.txt"))
    _ = try await BatchFixture.run(input, into: output)
    let files = try BatchFixture.contents(of: output).keys
    #expect(!files.contains("plans/arnhem.txt.html"))
    #expect(files.contains("plans/zwolle/holtenbroek.md.html"))
    #expect(!files.contains { $0.contains(".partial-") })
  }

  /// `failFast` stops at the first failing plan: errors.json is written, the
  /// summary is not.
  @Test func failFastStops() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let output = try BatchFixture.temporaryFolder("out")
    let outcome = try await BatchFixture.run(input, into: output) {
      $0.failFast = true
      $0.jobs = 1
    }
    #expect(outcome.stoppedEarly)
    #expect(outcome.failures.count == 1)
    #expect(outcome.failures[0].file == "kapot.xml")
    let files = try BatchFixture.contents(of: output).keys
    #expect(files.contains(BatchLayout.errors))
    #expect(!files.contains(BatchLayout.summary))
    #expect(!files.contains(BatchLayout.index))
  }

  /// A missing plan folder and an output folder equal to it are refused.
  @Test func refusesBadFolders() async throws {
    let missing = URL(fileURLWithPath: "/nonexistent/plans")
    await #expect(throws: BatchError.notAFolder(path: "/nonexistent/plans")) {
      try await BatchFixture.run(missing, into: try BatchFixture.temporaryFolder("out"))
    }
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    await #expect(throws: BatchError.outputIsInput(path: input.path)) {
      try await BatchFixture.run(input, into: input)
    }
  }

  /// Progress reports arrive once per plan, in order, ending with the summary.
  @Test func progressEvents() async throws {
    let input = try BatchFixture.folder(BatchFixture.mixedFolder)
    let collected = EventLog()
    var options = BatchOptions(input: input, output: try BatchFixture.temporaryFolder("out"))
    options.cache = nil
    _ = try await BatchRunner(rubric: BatchFixture.rubric, options: options).run {
      collected.append($0)
    }
    let events = collected.events
    #expect(events.first?.event == .started)
    #expect(events.last?.event == .writingSummary)
    #expect(events.map(\.done) == [0, 1, 2, 3, 4, 5, 6, 6])
    #expect(events.last?.failed == 3)
    #expect(events.allSatisfy { $0.total == 6 })
  }
}

/// Collects progress reports from the runner's callback.
final class EventLog: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [BatchProgress] = []

  func append(_ progress: BatchProgress) {
    lock.withLock { stored.append(progress) }
  }

  var events: [BatchProgress] {
    lock.withLock { stored }
  }
}

// MARK: - The language of the failures

extension BatchRunnerTests {
  /// With a Dutch report language the failures are worded in Dutch; without
  /// one, in English.
  @Test func failuresInTheReportLanguage() async throws {
    let input = try BatchFixture.folder(["leeg.txt": Data()])
    let dutch = try await BatchFixture.run(input, into: try BatchFixture.temporaryFolder("nl")) {
      $0.language = .nl
    }
    #expect(
      dutch.failures.map(\.message) == [
        "leeg.txt: het bestand is leeg. Exporteer het plan opnieuw, "
          + "of controleer of je het goede bestand hebt gekozen."
      ])
    let english = try await BatchFixture.run(input, into: try BatchFixture.temporaryFolder("en"))
    #expect(
      english.failures.map(\.message).first?.hasPrefix("leeg.txt: the file is empty.") == true)
  }
}
