import Foundation
import TestSupport
import Testing

@Suite struct ScoreCommandTests {}

extension ScoreCommandTests {
  static let rubric = Fixtures.path("rubrics/test-rubric.json")

  /// Writes a plan to a temporary file and returns its path.
  static func plan(_ text: String, name: String = "plan.txt") throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("scorecard-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// `score` prints a card with the grade and the evidence quote, and exits 0.
  @Test func scoresAPlan() throws {
    let path = try Self.plan("Bewoners beslissen over het wijkbudget van € 40.000.\n")
    let result = try CommandRunner.run(["score", path, "--rubric", Self.rubric, "--no-color"])
    #expect(result.status == 0)
    // influence 2 (×2), money 2 (×1), feedback 0 (×0.5): 1 + 9 × 6/7 = 8.7
    #expect(result.stdout.contains("Rapportcijfer: 8,7  voldoende"))
    #expect(result.stdout.contains("“Bewoners beslissen over het wijkbudget van € 40.000.”"))
    #expect(!result.stdout.contains("\u{1B}["))
  }

  /// JSON output is stable: documented keys, and the same bytes on a second run.
  @Test func jsonIsDeterministic() throws {
    let path = try Self.plan("Bewoners beslissen over het plein.\n\nEr is een wijkbudget.\n")
    let first = try CommandRunner.run(["score", path, "--rubric", Self.rubric, "--format", "json"])
    let second = try CommandRunner.run(["score", path, "--rubric", Self.rubric, "--format", "json"])
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
    for key in [
      "format", "engine_version", "rubric", "plan", "grade", "grade_uncapped",
      "capped_by", "pass_mark", "passed", "index", "ladder", "criteria", "warnings", "counts",
    ] {
      #expect(object[key] != nil, "missing key \(key)")
    }
    let criteria = try #require(object["criteria"] as? [[String: Any]])
    #expect(criteria.map { $0["id"] as? String } == ["influence", "money", "feedback"])
  }

  /// A missing file is reported on stderr, the other plan is still scored, exit 1.
  @Test func missingFileExitsOne() throws {
    let path = try Self.plan("Bewoners beslissen over het plein.\n")
    let result = try CommandRunner.run([
      "score", "/nonexistent/plan.txt", path, "--rubric", Self.rubric,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/nonexistent/plan.txt: file not found"))
    #expect(result.stdout.contains("Bewoners beslissen over het plein."))
  }

  /// With `--lang nl` a plan that cannot be read is reported in Dutch.
  @Test func missingFileInDutch() throws {
    let result = try CommandRunner.run([
      "score", "/nonexistent/plan.txt", "--rubric", Self.rubric, "--lang", "nl",
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/nonexistent/plan.txt: bestand niet gevonden. Controleer"))
  }

  /// A rubric with errors exits 2 with every problem listed.
  @Test func brokenRubricExitsTwo() throws {
    let path = try Self.plan("Tekst.\n")
    let result = try CommandRunner.run([
      "score", path, "--rubric", Fixtures.path("rubrics/broken-five-errors.json"),
    ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("did you mean `notApplicableFor`?"))
  }

  /// A usage error (an unknown format) exits 2 and names the valid values.
  @Test func usageErrorExitsTwo() throws {
    let result = try CommandRunner.run(["score", "x.txt", "--format", "pdf"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("text"))
    #expect(result.stderr.contains("markdown"))
  }

  /// `--output` writes the report to a file, not to stdout.
  @Test func outputFile() throws {
    let path = try Self.plan("Bewoners beslissen over het plein.\n")
    let output = path + ".md"
    let result = try CommandRunner.run([
      "score", path, "--rubric", Self.rubric, "--format", "markdown", "--output", output,
    ])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let written = try String(contentsOfFile: output, encoding: .utf8)
    #expect(written.hasPrefix("# Participatie-scorecard"))
  }

  /// `--lang en` switches labels and rubric texts to English.
  @Test func englishReport() throws {
    let path = try Self.plan("Bewoners beslissen over het plein.\n")
    let result = try CommandRunner.run([
      "score", path, "--rubric", Self.rubric, "--lang", "en", "--no-color",
    ])
    #expect(result.stdout.contains("Report grade: "))
    #expect(result.stdout.contains("Influence"))
  }

  /// Word, OpenDocument and HTML plans are scored like any other, exit 0.
  @Test func scoresOfficeAndHTMLPlans() throws {
    let plan = "nl-arnhem-presikhaaf-wijkakkoord-coproductie"
    for fixture in ["office/\(plan).docx", "office/\(plan).odt", "html/\(plan).html"] {
      let result = try CommandRunner.run(["score", Fixtures.path(fixture), "--no-color"])
      #expect(result.status == 0, "\(fixture): \(result.stderr)")
      #expect(result.stdout.contains("Wijkakkoord Presikhaaf"))
    }
  }

  /// An old Word file is refused with advice on converting it, exit 1.
  @Test func refusesOldWord() throws {
    let path = Fixtures.path("office/old-word.doc")
    let result = try CommandRunner.run(["score", path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(path): the file is an old binary Office document"))
    #expect(result.stderr.contains("soffice --headless --convert-to docx"))
  }
}
