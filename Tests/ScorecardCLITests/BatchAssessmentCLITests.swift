import Foundation
import TestSupport
import Testing

@Suite struct BatchAssessmentCLITests {}

extension BatchAssessmentCLITests {
  /// A plan folder (Zwolle, Arnhem) and an assessment folder with Anna's
  /// assessment of Zwolle (influence 0) and a broken file.
  static func folders() throws -> (plans: URL, assessments: URL) {
    let plans = try BatchCLIFixture.plans([
      "zwolle.md": BatchCLIFixture.plan(
        gemeente: "Zwolle", "Bewoners beslissen over het wijkbudget van € 40.000."),
      "arnhem.md": BatchCLIFixture.plan(
        gemeente: "Arnhem", "We raadplegen bewoners met een enquête."),
    ])
    let assessments = try BatchCLIFixture.folder("beoordelingen")
    try writeAnna(influence: 0, plans: plans, into: assessments)
    try Data("{\n  \"format\": 1,\n".utf8)
      .write(to: assessments.appendingPathComponent("kapot.json"))
    return (plans, assessments)
  }

  /// Writes Anna's assessment of Zwolle, with her level for influence.
  static func writeAnna(influence: Int, plans: URL, into folder: URL) throws {
    let card = try AssessmentCLIFixture.card(
      "zwolle.md", data: try Data(contentsOf: plans.appendingPathComponent("zwolle.md")))
    try AssessmentCLIFixture.write(
      of: card, by: "Anna", levels: ["influence": influence],
      remarks: ["influence": "Alleen de wijkraad beslist."],
      to: folder.appendingPathComponent("anna.json"))
  }

  /// Runs `batch` with the test rubric and the assessments.
  static func batch(_ folders: (plans: URL, assessments: URL), into output: URL) throws
    -> CommandRunner.Result
  {
    try CommandRunner.run([
      "batch", folders.plans.path, "--out", output.path, "--rubric", BatchCLIFixture.rubric,
      "--assessments", folders.assessments.path, "--quiet",
    ])
  }
}

extension BatchAssessmentCLITests {
  /// One good and one broken assessment: exit 1, errors.json names the broken
  /// file, every report is written, Zwolle's card is merged and Arnhem's is
  /// the engine's; a re-run writes the same bytes.
  @Test func goodAndBrokenAssessment() throws {
    let folders = try Self.folders()
    let output = try BatchCLIFixture.folder("out")
    let result = try Self.batch(folders, into: output)
    #expect(result.status == 1)
    let name = folders.assessments.lastPathComponent
    #expect(result.stderr.contains("error: \(name)/kapot.json: not valid JSON"))
    #expect(result.stdout.contains("Scored 2 of 2 plans"))
    #expect(result.stdout.contains(", 1 with residents' assessments."))
    #expect(result.stdout.contains("1 assessment could not be used: see"))
    let errors = try BatchCLIFixture.text("errors.json", in: output)
    #expect(errors.contains("\"code\" : \"assessment_not_json\""))
    #expect(errors.contains("\"file\" : \"\(name)/kapot.json\""))
    for report in ["plans/zwolle.md.html", "plans/arnhem.md.html", "plans/arnhem.md.json"] {
      #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(report).path))
    }
    let zwolle = try BatchCLIFixture.text("plans/zwolle.md.md", in: output)
    #expect(zwolle.contains("| Anna | 0/2 | Alleen de wijkraad beslist. |"))
    #expect(zwolle.contains("**Bron:** bewoners (de scorecard gaf 2/2)"))
    #expect(!(try BatchCLIFixture.text("plans/arnhem.md.json", in: output)).contains("assessment"))
    let summary = try BatchCLIFixture.text("summary.csv", in: output)
    #expect(summary.contains(";fout;bron;cijfer_scorecard;beoordelaars\r\n"))
    #expect(summary.contains(";bewoners;8,7;1\r\n"))
    let index = try BatchCLIFixture.text("index.html", in: output)
    #expect(index.contains("<table id=\"assessment-errors\">"))

    let before = try Self.outputs(output)
    let again = try Self.batch(folders, into: output)
    #expect(again.status == 1)
    #expect(try Self.outputs(output) == before)
  }

  /// A changed assessment changes the card on the next run, though the plans
  /// come from the cache.
  @Test func changedAssessmentIsNotStale() throws {
    let folders = try Self.folders()
    let output = try BatchCLIFixture.folder("out")
    _ = try Self.batch(folders, into: output)
    #expect(try BatchCLIFixture.text("plans/zwolle.md.md", in: output).contains("| Anna | 0/2 |"))
    try Self.writeAnna(influence: 1, plans: folders.plans, into: folders.assessments)
    let again = try Self.batch(folders, into: output)
    #expect(again.stdout.contains("2 from the cache"))
    let zwolle = try BatchCLIFixture.text("plans/zwolle.md.md", in: output)
    #expect(zwolle.contains("| Anna | 1/2 | Alleen de wijkraad beslist. |"))
    #expect(zwolle.contains("## Invloed: 1/2"))
  }

  /// A missing assessment folder exits 2 and says which folder.
  @Test func missingFolderExitsTwo() throws {
    let folders = try Self.folders()
    let result = try Self.batch(
      (folders.plans, URL(fileURLWithPath: "/nonexistent/beoordelingen")),
      into: try BatchCLIFixture.folder("out"))
    #expect(result.status == 2)
    #expect(result.stderr.contains("/nonexistent/beoordelingen: not a folder"))
  }

  /// The output files a re-run must write again byte for byte.
  static func outputs(_ folder: URL) throws -> [String] {
    try [
      "summary.csv", "index.html", "results.jsonl", "errors.json", "plans/zwolle.md.html",
      "plans/zwolle.md.md", "plans/zwolle.md.json", "plans/arnhem.md.json",
    ].map { try BatchCLIFixture.text($0, in: folder) }
  }
}
