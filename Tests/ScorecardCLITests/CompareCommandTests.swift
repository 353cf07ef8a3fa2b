import Foundation
import TestSupport
import Testing

@Suite struct CompareCommandTests {}

extension CompareCommandTests {
  /// Runs a batch of plans and returns the output folder.
  static func edition(_ files: [String: Data], rubric: String = BatchCLIFixture.rubric) throws
    -> URL
  {
    let output = try BatchCLIFixture.folder("edition")
    let result = try CommandRunner.run([
      "batch", try BatchCLIFixture.plans(files).path, "--out", output.path,
      "--rubric", rubric, "--quiet",
    ])
    #expect(result.status == 0)
    return output
  }

  /// Two editions (folders, or one results.jsonl): per plan the grade then
  /// and now, the change and both files with their titles; the plans without
  /// a pair on either side; each format.
  @Test func editions() throws {
    let old = try Self.edition([
      "zwolle-2024.md": BatchCLIFixture.plan(
        gemeente: "Zwolle", wijk: "Holtenbroek", "We raadplegen bewoners met een enquête."),
      "delft.md": BatchCLIFixture.plan(gemeente: "Delft", "Er is een wijkbudget."),
    ])
    let new = try Self.edition([
      "zwolle-2025.md": BatchCLIFixture.plan(
        gemeente: "Zwolle", wijk: "Holtenbroek",
        "Bewoners beslissen over het wijkbudget van € 40.000."),
      "emmen.md": BatchCLIFixture.plan(gemeente: "Emmen", "Er is een wijkbudget."),
    ])
    let text = try CommandRunner.run(["compare", new.path, "--baseline", old.path])
    #expect(text.status == 0)
    #expect(text.stdout.contains("Zwolle – Holtenbroek    3,6    8,7      +5,1\n"))
    #expect(
      text.stdout.contains("  zwolle-2024.md “Participatie” → zwolle-2025.md “Participatie”\n"))
    #expect(text.stdout.contains("  gestegen: Invloed 1→2, Geld 0→2\n"))
    #expect(text.stdout.contains("Nieuw in deze editie:\n  Emmen: emmen.md “Participatie” (2,3)"))
    #expect(
      text.stdout.contains("Niet meer in deze editie:\n  Delft: delft.md “Participatie” (2,3)"))

    let csv = try CommandRunner.run([
      "compare", new.appendingPathComponent("results.jsonl").path, "--baseline", old.path,
      "--format", "csv", "--lang", "en",
    ])
    #expect(
      csv.stdout.contains(
        "Zwolle – Holtenbroek;zwolle-2024.md;Participatie;zwolle-2025.md;Participatie;3.6;8.7;+5.1;"
      ))
    let output = try BatchCLIFixture.folder("cmp").appendingPathComponent("vergelijking.html")
    let html = try CommandRunner.run([
      "compare", new.path, "--baseline", old.path, "--format", "html", "--output", output.path,
    ])
    #expect(html.status == 0)
    #expect(try String(contentsOf: output, encoding: .utf8).contains("<table id=\"comparison\">"))
    let markdown = try CommandRunner.run([
      "compare", new.path, "--baseline", old.path, "--format", "markdown",
    ])
    #expect(
      markdown.stdout.contains(
        "| Zwolle – Holtenbroek | zwolle-2024.md “Participatie” → zwolle-2025.md “Participatie” "
          + "| 3,6 | 8,7 | +5,1 |"))
    let json = try CommandRunner.run([
      "compare", new.path, "--baseline", old.path, "--format", "json",
    ])
    #expect(json.stdout.contains("\"file\" : \"zwolle-2024.md\""))
    #expect(json.stdout.contains("\"title\" : \"Participatie\""))
  }

  /// Editions scored with different rubric versions are refused, with the
  /// option named; with `--allow-rubric-change` the warning comes first.
  @Test func rubricChangeIsRefusedUnlessAllowed() throws {
    let rubricText = try String(contentsOfFile: BatchCLIFixture.rubric, encoding: .utf8)
    let changed = try BatchCLIFixture.folder("rubric").appendingPathComponent("rubric.json")
    try Data(
      rubricText.replacingOccurrences(of: "\"version\": \"1.0.0\"", with: "\"version\": \"1.1.0\"")
        .utf8
    ).write(to: changed)
    let plan = BatchCLIFixture.plan(gemeente: "Zwolle", "We raadplegen bewoners met een enquête.")
    let old = try Self.edition(["zwolle.md": plan])
    let new = try Self.edition(["zwolle.md": plan], rubric: changed.path)
    let refused = try CommandRunner.run(["compare", new.path, "--baseline", old.path])
    #expect(refused.status == 2)
    #expect(refused.stdout.isEmpty)
    #expect(refused.stderr.contains("test-rubric 1.0.0"))
    #expect(refused.stderr.contains("--allow-rubric-change"))
    let allowed = try CommandRunner.run([
      "compare", new.path, "--baseline", old.path, "--allow-rubric-change",
    ])
    #expect(allowed.status == 0)
    #expect(allowed.stdout.hasPrefix("Let op: de twee kanten zijn met verschillende"))
  }

  /// Two versions of one plan: per criterion the level then and now, with the
  /// evidence that appeared and disappeared.
  @Test func twoVersionsOfAPlan() throws {
    let folder = try BatchCLIFixture.plans([
      "concept.md": BatchCLIFixture.plan(
        gemeente: "Zwolle", "We raadplegen bewoners met een enquête."),
      "vastgesteld.md": BatchCLIFixture.plan(
        gemeente: "Zwolle", "Bewoners beslissen over het wijkbudget van € 40.000."),
    ])
    let result = try CommandRunner.run([
      "compare", folder.appendingPathComponent("vastgesteld.md").path,
      "--baseline", folder.appendingPathComponent("concept.md").path,
      "--rubric", BatchCLIFixture.rubric,
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Invloed: 1 → 2\n"))
    #expect(result.stdout.contains("  + “Bewoners beslissen over het wijkbudget van € 40.000.”"))
    #expect(result.stdout.contains("  − “We raadplegen bewoners met een enquête.”"))
    #expect(result.stdout.contains("verschil: +5,1"))
  }

  /// A stored scorecard (`score --format json`) compares like the plan itself.
  @Test func storedScorecards() throws {
    let folder = try BatchCLIFixture.plans([
      "a.md": BatchCLIFixture.plan(gemeente: "A", "We raadplegen bewoners met een enquête.")
    ])
    let plan = folder.appendingPathComponent("a.md").path
    let json = try CommandRunner.run([
      "score", plan, "--format", "json", "--rubric", BatchCLIFixture.rubric,
    ])
    let stored = folder.appendingPathComponent("a.scorecard.json")
    try Data(json.stdout.utf8).write(to: stored)
    let result = try CommandRunner.run([
      "compare", plan, "--baseline", stored.path, "--rubric", BatchCLIFixture.rubric, "--lang",
      "en",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Influence: 1 (no change)"))
    #expect(result.stdout.contains("change: 0.0"))
  }

  /// An edition against a plan, or a plan that cannot be read, is refused.
  @Test func refusals() throws {
    let edition = try Self.edition(["a.md": BatchCLIFixture.plan(gemeente: "A", "Tekst hier.")])
    let folder = try BatchCLIFixture.plans(["a.md": BatchCLIFixture.plan(gemeente: "A", "Tekst.")])
    let mixed = try CommandRunner.run([
      "compare", edition.path, "--baseline", folder.appendingPathComponent("a.md").path,
    ])
    #expect(mixed.status == 2)
    #expect(mixed.stderr.contains("not one of each"))
    let missing = try CommandRunner.run([
      "compare", folder.appendingPathComponent("a.md").path, "--baseline", "/nonexistent/plan.md",
      "--rubric", BatchCLIFixture.rubric,
    ])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("/nonexistent/plan.md: file not found"))
  }
}
