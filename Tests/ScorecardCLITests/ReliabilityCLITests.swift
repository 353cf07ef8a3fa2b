import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 13, end to end: what the tool refuses, isolates and verifies, with
/// its exit codes and words.
@Suite struct ReliabilityCLITests {}

// MARK: - Output lock, merge checks, cache checks

extension ReliabilityCLITests {
  /// Two plans for a batch.
  static func plans() throws -> URL {
    try BatchCLIFixture.plans([
      "a.md": BatchCLIFixture.plan(gemeente: "A", "Er is een wijkbudget."),
      "b.md": BatchCLIFixture.plan(gemeente: "B", "We raadplegen bewoners met een enquête."),
    ])
  }

  /// A second batch into a folder another run holds fails at once with exit
  /// 2, and writes nothing there.
  @Test func secondBatchIntoTheSameFolderFails() throws {
    let input = try Self.plans()
    let output = try BatchCLIFixture.folder("out")
    let descriptor = open(
      output.appendingPathComponent(".scorecard.lock").path, O_RDWR | O_CREAT, 0o644)
    #expect(descriptor >= 0)
    #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
    let result = try CommandRunner.run([
      "batch", input.path, "--out", output.path, "--rubric", BatchCLIFixture.rubric,
    ])
    close(descriptor)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("\(output.path): another scorecard run is writing to this folder"))
    #expect(
      !FileManager.default.fileExists(atPath: output.appendingPathComponent("results.jsonl").path))
    let again = try CommandRunner.run([
      "batch", input.path, "--out", output.path, "--rubric", BatchCLIFixture.rubric, "--quiet",
    ])
    #expect(again.status == 0)
  }

  /// `merge` refuses a shard whose results.jsonl was cut, naming it, with exit 2.
  @Test func mergeRefusesADamagedShard() throws {
    let input = try Self.plans()
    var shards: [URL] = []
    for index in 1...2 {
      let shard = try BatchCLIFixture.folder("shard")
      let run = try CommandRunner.run([
        "batch", input.path, "--out", shard.path, "--rubric", BatchCLIFixture.rubric,
        "--shard", "\(index)/2", "--quiet",
      ])
      #expect(run.status == 0)
      shards.append(shard)
    }
    let damaged = try #require(
      shards.first { (try? BatchCLIFixture.text("results.jsonl", in: $0).isEmpty) == false })
    try Data().write(to: damaged.appendingPathComponent("results.jsonl"))
    let merged = try BatchCLIFixture.folder("merged")
    let result = try CommandRunner.run(["merge"] + shards.map(\.path) + ["--out", merged.path])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains(
        "\(damaged.path): damaged output, not merged: results.jsonl has 0 lines"))
    #expect(result.stderr.contains("Run the batch for this folder again"))
  }

  /// A tampered cache entry is rescored, and the summary says so.
  @Test func tamperedCacheEntryIsRescoredAndCounted() throws {
    let input = try Self.plans()
    let output = try BatchCLIFixture.folder("out")
    let arguments = [
      "batch", input.path, "--out", output.path, "--rubric", BatchCLIFixture.rubric, "--quiet",
    ]
    #expect(try CommandRunner.run(arguments).status == 0)
    let cache = output.appendingPathComponent(".cache")
    let walker = FileManager.default.enumerator(atPath: cache.path)
    var entry: URL?
    while entry == nil, let relative = walker?.nextObject() as? String {
      if relative.hasSuffix(".json") { entry = cache.appendingPathComponent(relative) }
    }
    let url = try #require(entry)
    let text = try String(contentsOf: url, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "\"grade\":", with: "\"grade\":99,\"x\":").utf8).write(
      to: url)
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 0)
    #expect(
      result.stdout.contains(
        "1 from the cache, 1 cache entry was damaged or changed and scored again"))
    #expect(!(try BatchCLIFixture.text("results.jsonl", in: output)).contains("\"grade\":99"))
  }
}

// MARK: - Isolation in a batch

extension ReliabilityCLITests {
  /// A link out of the folder is listed (with the flag that reads it) and not
  /// scored; with --follow-links it is scored.
  @Test func linksOutOfTheFolder() throws {
    let input = try Self.plans()
    let outside = try BatchCLIFixture.plans([
      "buiten.md": BatchCLIFixture.plan(gemeente: "Buiten", "Er is een wijkbudget.")
    ])
    try FileManager.default.createSymbolicLink(
      atPath: input.appendingPathComponent("link.md").path,
      withDestinationPath: outside.appendingPathComponent("buiten.md").path)
    let output = try BatchCLIFixture.folder("out")
    let result = try CommandRunner.run([
      "batch", input.path, "--out", output.path, "--rubric", BatchCLIFixture.rubric,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("link.md: a symbolic link to"))
    #expect(result.stderr.contains("(--follow-links reads such links.)"))
    #expect(try BatchCLIFixture.text("errors.json", in: output).contains("link_outside_folder"))
    let followed = try CommandRunner.run([
      "batch", input.path, "--out", output.path, "--rubric", BatchCLIFixture.rubric,
      "--follow-links", "--quiet",
    ])
    #expect(followed.status == 0)
    #expect(try BatchCLIFixture.text("results.jsonl", in: output).contains("Buiten"))
  }

  /// A subfolder the user may not list is an errors.json entry with exit 1,
  /// not the end of the run. Run as an unprivileged user through `setpriv`,
  /// since root may list any folder.
  @Test(
    .enabled(
      if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
      "needs root and setpriv to run the tool as another user"))
  func unreadableSubfolderIsIsolated() throws {
    let input = try Self.plans()
    let locked = input.appendingPathComponent("dicht")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try BatchCLIFixture.plan(gemeente: "C", "Tekst.").write(
      to: locked.appendingPathComponent("c.md"))
    let output = try BatchCLIFixture.folder("out")
    for folder in [input, output] { chmod(folder.path, 0o777) }
    chmod(locked.path, 0)
    defer { chmod(locked.path, 0o755) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
    process.arguments = [
      "--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.binary.path, "batch",
      input.path, "--out", output.path, "--rubric", BatchCLIFixture.rubric, "--quiet",
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    let errors = try BatchCLIFixture.text("errors.json", in: output)
    #expect(errors.contains("\"code\" : \"unreadable_folder\""))
    #expect(errors.contains("dicht/: cannot list the folder (permission denied)"))
    #expect(try BatchCLIFixture.text("results.jsonl", in: output).split(separator: "\n").count == 2)
  }
}

// MARK: - Messages

extension ReliabilityCLITests {
  /// A device, a pipe and a folder given as a plan are "not a regular file".
  @Test func notRegularFiles() throws {
    let fifo = try BatchCLIFixture.folder("fifo").appendingPathComponent("plan.txt").path
    #expect(mkfifo(fifo, 0o644) == 0)
    for (path, words) in [
      ("/dev/zero", "it is not a regular file but a device"),
      (fifo, "it is not a regular file but a pipe (FIFO)"),
    ] {
      let result = try CommandRunner.run(["score", path])
      #expect(result.status == 1)
      #expect(result.stderr.contains("\(path): cannot be read (\(words))"))
      #expect(!result.stderr.contains("ermission"))
    }
  }

  /// A folder given as the rubric or as --output is named as a folder.
  @Test func folderWhereAFileBelongs() throws {
    let folder = try BatchCLIFixture.folder("dir")
    let plan = MalformedInputTests.plan
    let rubric = try CommandRunner.run(["score", plan, "--rubric", folder.path])
    #expect(rubric.status == 2)
    #expect(
      rubric.stderr.contains("\(folder.path): cannot read the file (it is a folder, not a file)"))
    let output = try CommandRunner.run(["score", plan, "--output", folder.path])
    #expect(output.status == 2)
    #expect(output.stderr.contains("cannot write \(folder.path): it is a folder, not a file."))
    for result in [rubric, output] {
      #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }
  }

  /// A missing path next to a batch folder is named as missing, not as "not
  /// one of each".
  @Test func compareNamesAMissingPath() throws {
    let input = try Self.plans()
    let output = try BatchCLIFixture.folder("out")
    _ = try CommandRunner.run([
      "batch", input.path, "--out", output.path, "--rubric", BatchCLIFixture.rubric, "--quiet",
    ])
    let result = try CommandRunner.run(["compare", output.path, "--baseline", "/nonexistent/run"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/nonexistent/run: file not found"))
    #expect(!result.stderr.contains("one of each"))
  }

  /// Escape and bell characters in a remark are shown as symbols in the
  /// summary, never sent to the terminal.
  @Test func controlCharactersInARemarkAreEscaped() throws {
    let folder = try BatchCLIFixture.folder("assess")
    let answers = folder.appendingPathComponent("answers.txt")
    let lines = [
      "vroeg -", "invloed 0 Alleen \u{1B}[31mrood\u{1B}[0m advies\u{07}", "kaders -", "bereik -",
      "terugkoppeling -", "geld -", "uitvoering -", "ondersteuning -", "evaluatie -",
    ]
    try Data(lines.joined(separator: "\n").utf8).write(to: answers)
    let result = try CommandRunner.run([
      "assess", MalformedInputTests.plan, "--assessor", "Anna", "--answers", answers.path,
      "--out", folder.appendingPathComponent("anna.json").path,
    ])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stdout.contains("\u{07}"))
    #expect(result.stdout.contains("Alleen ␛[31mrood␛[0m advies␇"))
  }
}
