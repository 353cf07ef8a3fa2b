import Foundation
import TestSupport
import Testing

@Suite struct CompareCommandTests {}

extension CompareCommandTests {
  /// Runs a batch of plans and returns the output folder.
  static func edition(_ files: [String: Data]) throws -> URL {
    let output = try BatchCLIFixture.folder("edition")
    let result = try CommandRunner.run([
      "batch", try BatchCLIFixture.plans(files).path, "--out", output.path,
      "--rubric", BatchCLIFixture.rubric, "--quiet",
    ])
    #expect(result.status == 0)
    return output
  }

  /// Two editions (folders, or one results.jsonl): per municipality the grade
  /// then and now and the change; new and dropped municipalities; each format.
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
    #expect(text.stdout.contains("  gestegen: Invloed 1→2, Geld 0→2\n"))
    #expect(text.stdout.contains("Nieuw in deze editie: Emmen (2,3)"))
    #expect(text.stdout.contains("Niet meer in deze editie: Delft (2,3)"))

    let csv = try CommandRunner.run([
      "compare", new.appendingPathComponent("results.jsonl").path, "--baseline", old.path,
      "--format", "csv", "--lang", "en",
    ])
    #expect(csv.stdout.contains("Zwolle – Holtenbroek;zwolle-2024.md;zwolle-2025.md;3.6;8.7;+5.1;"))
    let output = try BatchCLIFixture.folder("cmp").appendingPathComponent("vergelijking.html")
    let html = try CommandRunner.run([
      "compare", new.path, "--baseline", old.path, "--format", "html", "--output", output.path,
    ])
    #expect(html.status == 0)
    #expect(try String(contentsOf: output, encoding: .utf8).contains("<table id=\"comparison\">"))
    let markdown = try CommandRunner.run([
      "compare", new.path, "--baseline", old.path, "--format", "markdown",
    ])
    #expect(markdown.stdout.contains("| Zwolle – Holtenbroek | 3,6 | 8,7 | +5,1 |"))
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
