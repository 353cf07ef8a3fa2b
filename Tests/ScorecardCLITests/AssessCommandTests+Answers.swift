import Assessment
import Foundation
import TestSupport
import Testing

extension AssessCommandTests {
  /// `--answers` saves without asking, in `--out`; a second run says it replaced the file.
  @Test func answersFileIsSaved() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let engine = try Self.engine()
    let lines =
      ["# Ria, op papier"]
      + engine.ids.map { $0 == "geld" ? "geld 2 Buurtbudget op blz. 4" : "\($0) -" }
    let answers = folder.appendingPathComponent("ria.txt")
    try Data(lines.joined(separator: "\n").utf8).write(to: answers)
    let out = folder.appendingPathComponent("ria.json").path
    let arguments = [
      "assess", Self.plan, "--assessor", "Ria", "--answers", answers.path, "--out", out,
      "--date", "2026-05-03",
    ]
    let first = try CommandRunner.run(arguments, directory: folder)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("Samenvatting — Ria, 2026-05-03"))
    #expect(first.stdout.hasSuffix("Bewaard in \(out).\n"))
    let assessment = try AssessmentFile.load(from: URL(fileURLWithPath: out))
    for (index, criterion) in assessment.criteria.enumerated() {
      #expect(criterion.level == (criterion.id == "geld" ? 2 : engine.levels[index]))
    }
    #expect(assessment.criterion(id: "geld")?.remark == "Buurtbudget op blz. 4")
    let second = try CommandRunner.run(arguments, directory: folder)
    #expect(second.stdout.hasSuffix("Bewaard in \(out) (het oude bestand is vervangen).\n"))
  }

  /// A bad line in the answers file is reported with file:line, in the plan's language (Dutch)
  /// or that of `--lang`; exit 2, nothing written.
  @Test func badAnswersLineNamesFileAndLine() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let engine = try Self.engine()
    var lines = engine.ids.map { "\($0) -" }
    lines[2] = "\(engine.ids[2]) 7 te hoog"
    let answers = folder.appendingPathComponent("fout.txt")
    try Data(lines.joined(separator: "\n").utf8).write(to: answers)
    let result = try CommandRunner.run(
      ["assess", Self.plan, "--assessor", "Ria", "--answers", answers.path], directory: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(answers.path):3: '7' is geen niveau voor '\(engine.ids[2])'"))
    let english = try CommandRunner.run(
      ["assess", Self.plan, "--assessor", "Ria", "--answers", answers.path, "--lang", "en"],
      directory: folder)
    #expect(english.status == 2)
    #expect(english.stderr.contains("\(answers.path):3: '7' is not a level for '\(engine.ids[2])'"))
    #expect(try Self.files(in: folder) == ["fout.txt"])
  }

  /// Usage errors exit 2: `--answers` without `--assessor`, a bad `--date`, an empty name.
  @Test(arguments: [
    (["--answers", "a.txt"], "--answers needs --assessor"),
    (["--date", "2026-02-30"], "--date '2026-02-30' is not a date"),
    (["--assessor", " "], "--assessor is empty"),
    (["--out", "/nonexistent/folder/x.json"], "its folder does not exist"),
    (["--out", "/tmp"], "--out /tmp is a folder"),
  ])
  func usageErrorsExitTwo(arguments: [String], message: String) throws {
    let result = try CommandRunner.run(["assess", Self.plan] + arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message))
  }

  /// A plan that cannot be read exits 1 before any question, saying why in
  /// Dutch (there is no plan language) or in the language of `--lang`.
  @Test func unreadablePlanExitsOne() throws {
    let result = try CommandRunner.run(["assess", "/nonexistent/plan.md", "--assessor", "Ria"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/nonexistent/plan.md: bestand niet gevonden."))
    #expect(result.stdout.isEmpty)
    let english = try CommandRunner.run(
      ["assess", "/nonexistent/plan.md", "--assessor", "Ria", "--lang", "en"])
    #expect(english.stderr.contains("/nonexistent/plan.md: file not found."))
  }

  /// Ctrl-C at the first prompt writes nothing, says so on one line, and exits 130.
  @Test func interruptSavesNothing() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let session = try CommandSession(["assess", Self.plan], directory: folder)
    #expect(session.waitForOutput(containing: "Wat is je naam (of je initialen)? "))
    session.send("Fatima\n")
    #expect(session.waitForOutput(containing: "Jouw oordeel ("))
    session.interrupt()
    let result = try session.finish()
    #expect(result.status == 130)
    #expect(result.stderr == "\nGestopt met Ctrl-C. Er is niets bewaard.\n")
    #expect(try Self.files(in: folder).isEmpty)
  }

  /// When the file cannot be written at the end, the answers are printed in the
  /// `--answers` format (so they are not lost) and the exit status is 1.
  @Test func writeFailurePrintsTheAnswers() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let stick = folder.appendingPathComponent("stick")
    try FileManager.default.createDirectory(at: stick, withIntermediateDirectories: true)
    let out = stick.appendingPathComponent("ria.json").path
    let session = try CommandSession(
      ["assess", Self.plan, "--assessor", "Ria", "--out", out], directory: folder)
    #expect(session.waitForOutput(containing: "Jouw oordeel ("))
    let count = try Self.engine().ids.count
    session.send("0\nNiet waar.\n" + String(repeating: "\n", count: 2 * (count - 1)))
    #expect(session.waitForOutput(containing: "[J/n]"))
    try FileManager.default.removeItem(at: stick)  // the USB stick is pulled out
    session.send("j\n")
    let result = try session.finish()
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(out): cannot write the assessment"))
    let printed = try #require(result.stdout.components(separatedBy: "--answers:\n\n").last)
    let engine = try Self.engine()
    let expected =
      ["# scorecard assess --answers: Ria, " + Self.today(), "\(engine.ids[0]) 0 Niet waar."]
      + zip(engine.ids, engine.levels).dropFirst().map { "\($0) \($1.map(String.init) ?? "-")" }
    #expect(printed == expected.joined(separator: "\n") + "\n")
  }

  /// Today in the local time zone, as `assess` writes it by default.
  static func today() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date())
  }
}
