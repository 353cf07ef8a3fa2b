import Foundation
import TestSupport
import Testing

@Suite struct BatchCommandTests {}

// MARK: - Runs and exit codes

extension BatchCommandTests {
  /// A folder with a malformed plan: the others are written, the failure is on
  /// stderr and in errors.json, progress is line-based (not a terminal), exit 1.
  @Test func failedPlanExitsOne() throws {
    let input = try BatchCLIFixture.plans(BatchCLIFixture.mixed)
    let output = try BatchCLIFixture.folder("out")
    let result = try CommandRunner.run([
      "batch", input.path, "--out", output.path, "--rubric", BatchCLIFixture.rubric,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("batch: 4 plans to score\n"))
    #expect(result.stderr.contains("batch: 4/4 (100%)"))
    #expect(result.stderr.contains("error: kapot.xml:4:"))
    #expect(!result.stderr.contains("\u{1B}["))
    #expect(result.stdout.contains("Scored 3 of 4 plans"))
    #expect(result.stdout.contains("1 failed: see \(output.path)/errors.json."))
    let errors = try BatchCLIFixture.text("errors.json", in: output)
    #expect(errors.contains("\"file\" : \"kapot.xml\""))
    for name in [
      "index.html", "summary.csv", "results.jsonl", "batch.json",
      "plans/zwolle.md.html", "plans/zwolle.md.md", "plans/zwolle.md.json",
    ] {
      #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path))
    }
  }

  /// All plans scored: exit 0; a second run takes them from the cache and
  /// writes the same bytes; `--quiet` hides the progress lines.
  @Test func goodRunExitsZeroAndReRunsFromCache() throws {
    let input = try BatchCLIFixture.plans([
      "a.md": BatchCLIFixture.plan(gemeente: "A", "Er is een wijkbudget."),
      "b.md": BatchCLIFixture.plan(gemeente: "B", "We raadplegen bewoners met een enquête."),
    ])
    let output = try BatchCLIFixture.folder("out")
    let arguments = ["batch", input.path, "--out", output.path, "--rubric", BatchCLIFixture.rubric]
    let first = try CommandRunner.run(arguments)
    #expect(first.status == 0)
    let summary = try BatchCLIFixture.text("summary.csv", in: output)
    let index = try BatchCLIFixture.text("index.html", in: output)
    let second = try CommandRunner.run(arguments + ["--quiet"])
    #expect(second.status == 0)
    #expect(second.stdout.contains("2 from the cache"))
    #expect(!second.stderr.contains("batch:"))
    #expect(try BatchCLIFixture.text("summary.csv", in: output) == summary)
    #expect(try BatchCLIFixture.text("index.html", in: output) == index)
  }

  /// `--fail-under` and `--require` exit 1 and list the plans that fall short.
  @Test func gatesExitOne() throws {
    let input = try BatchCLIFixture.plans([
      "sterk.md": BatchCLIFixture.plan(
        gemeente: "Sterk", "Bewoners beslissen over het wijkbudget van € 40.000."),
      "zwak.md": BatchCLIFixture.plan(gemeente: "Zwak", "We raadplegen bewoners met een enquête."),
    ])
    let result = try CommandRunner.run([
      "batch", input.path, "--out", try BatchCLIFixture.folder("out").path,
      "--rubric", BatchCLIFixture.rubric, "--fail-under", "5.5", "--require", "influence=2",
    ])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "gate: 1 plan falls short:\n  zwak.md (Zwak): grade 3.6 < 5.5; influence 1 < 2\n"))
    let passing = try CommandRunner.run([
      "batch", input.path, "--out", try BatchCLIFixture.folder("out").path,
      "--rubric", BatchCLIFixture.rubric, "--fail-under", "3.5", "--require", "influence=1",
    ])
    #expect(passing.status == 0)
  }

  /// Usage errors exit 2 with a message that says what to do.
  @Test(arguments: [
    (["--shard", "0/3"], "Shards count from 1"),
    (["--shard", "x/3"], "invalid for '--shard <K/N>'"),
    (["--formats", "json,pdf"], "'pdf' is not a format"),
    (["--formats", "json,csv"], "'csv' is not a format; use text, json, markdown, html."),
    (["--require", "invloed=2"], "the rubric has no criterion 'invloed'"),
    (["--require", "influence"], "invalid for '--require <criterion=level>'"),
    (["--require", "influence=-1"], "invalid for '--require <criterion=level>'"),
    (["--cache", "/tmp/x", "--no-cache"], "exclude each other"),
    (["--jobs", "0"], "give 1 or more"),
    (["--fail-under", "11"], "give a grade from 1 to 10"),
  ])
  func usageErrorsExitTwo(extra: [String], message: String) throws {
    let input = try BatchCLIFixture.plans(["a.md": BatchCLIFixture.plan(gemeente: "A", "Tekst.")])
    let result = try CommandRunner.run(
      [
        "batch", input.path, "--out", try BatchCLIFixture.folder("out").path,
        "--rubric", BatchCLIFixture.rubric,
      ] + extra)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
  }

  /// A plan folder that does not exist exits 2.
  @Test func missingFolderExitsTwo() throws {
    let result = try CommandRunner.run([
      "batch", "/nonexistent/plans", "--out", try BatchCLIFixture.folder("out").path,
      "--rubric", BatchCLIFixture.rubric,
    ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("/nonexistent/plans: not a folder"))
  }
}

// MARK: - Shards and merge

extension BatchCommandTests {
  /// Three `--shard K/3` runs merged with `scorecard merge` give the same
  /// summary, results and index as one run; a missing shard exits 2.
  @Test func shardsAndMerge() throws {
    var files = BatchCLIFixture.mixed
    for number in 1...9 {
      files["wijk\(number).md"] = BatchCLIFixture.plan(
        gemeente: "G\(number)", "We raadplegen bewoners met een enquête.")
    }
    let input = try BatchCLIFixture.plans(files)
    let whole = try BatchCLIFixture.folder("whole")
    let common = ["--rubric", BatchCLIFixture.rubric, "--quiet"]
    _ = try CommandRunner.run(["batch", input.path, "--out", whole.path] + common)
    var shards: [String] = []
    for index in 1...3 {
      let folder = try BatchCLIFixture.folder("shard")
      let result = try CommandRunner.run(
        ["batch", input.path, "--out", folder.path, "--shard", "\(index)/3"] + common)
      #expect(result.stdout.contains("(shard \(index)/3)"))
      shards.append(folder.path)
    }
    let merged = try BatchCLIFixture.folder("merged")
    let result = try CommandRunner.run(["merge"] + shards + ["--out", merged.path])
    #expect(result.status == 1)  // the malformed plan is still a failure
    #expect(result.stdout.contains("Merged 3 folders: 12 plans scored, 1 failed."))
    for name in ["summary.csv", "results.jsonl", "index.html", "errors.json"] {
      #expect(try BatchCLIFixture.text(name, in: merged) == BatchCLIFixture.text(name, in: whole))
    }
    let missing = try CommandRunner.run(["merge", shards[0], shards[2], "--out", merged.path])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("shard 2/3 is missing"))
  }

  /// `score --format html` writes one self-contained HTML page.
  @Test func scoreAsHTML() throws {
    let input = try BatchCLIFixture.plans(BatchCLIFixture.mixed)
    let result = try CommandRunner.run([
      "score", input.appendingPathComponent("vijandig.md").path, "--format", "html",
      "--rubric", BatchCLIFixture.rubric,
    ])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(!result.stdout.contains("<script>"))
    #expect(result.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
  }
}

// MARK: - Every format in one run

extension BatchCommandTests {
  /// A folder that mixes text, PDF, Word, OpenDocument and HTML plans ranks
  /// them all, and the summary names each file with its format.
  @Test func mixedFormatsAreAllRanked() throws {
    let files: [String: String] = [
      "a.md": "SamplePlans/nl-zwolle-holtenbroek-wijkactieplan-2025-zelfbeheer-buurthuis.md",
      "b.pdf": "Tests/TestSupport/Fixtures/pdf/riverbend-one-column.pdf",
      "c.docx":
        "Tests/TestSupport/Fixtures/office/nl-arnhem-presikhaaf-wijkakkoord-coproductie.docx",
      "d.odt":
        "Tests/TestSupport/Fixtures/office/nl-deventer-rivierenwijk-wijkprogramma-adviesrecht-reactienota.odt",
      "e.html":
        "Tests/TestSupport/Fixtures/html/en-uk-ashcombe-neighbourhood-plan-consultation-statement.html",
    ]
    var contents: [String: Data] = [:]
    for (name, source) in files {
      contents[name] = try Data(
        contentsOf: Fixtures.packageRoot.appendingPathComponent(source))
    }
    let input = try BatchCLIFixture.plans(contents)
    let output = try BatchCLIFixture.folder("out")
    let result = try CommandRunner.run(["batch", input.path, "--out", output.path, "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Scored 5 of 5 plans"))
    let lines = try BatchCLIFixture.text("results.jsonl", in: output).split(separator: "\n")
    #expect(lines.count == 5)
    for (name, format) in [
      ("a.md", "text"), ("b.pdf", "pdf"), ("c.docx", "docx"), ("d.odt", "odt"), ("e.html", "html"),
    ] {
      #expect(
        lines.contains {
          $0.contains("\"file\":\"\(name)\"") && $0.contains("\"format\":\"\(format)\"")
        },
        "\(name) as \(format)")
    }
  }
}
