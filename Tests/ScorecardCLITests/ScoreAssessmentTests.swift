import Foundation
import TestSupport
import Testing

@Suite struct ScoreAssessmentTests {}

extension ScoreAssessmentTests {
  /// A plan (influence 1, money 1) with Anna's assessment (influence 2, with
  /// a remark) beside it; returns both paths.
  static func planWithAssessment(
    name: String = "Anna", remark: String = "Zie paragraaf 2."
  ) throws -> (plan: String, assessment: String) {
    let folder = try BatchCLIFixture.folder("score")
    let plan = folder.appendingPathComponent("wijkplan.txt")
    try Data("We raadplegen bewoners met een enquête.\n\nEr is een wijkbudget.\n".utf8)
      .write(to: plan)
    let assessment = try AssessmentCLIFixture.write(
      of: try AssessmentCLIFixture.card(plan.path), by: name, levels: ["influence": 2],
      remarks: ["influence": remark], to: folder.appendingPathComponent("anna.json"))
    return (plan.path, assessment)
  }

  /// Runs `score` with the test rubric.
  static func score(_ arguments: [String]) throws -> CommandRunner.Result {
    try CommandRunner.run(["score"] + arguments + ["--rubric", BatchCLIFixture.rubric])
  }
}

// MARK: - Formats

extension ScoreAssessmentTests {
  /// The text card shows the merged grade next to the engine's, the source of
  /// each level, Anna's level and remark, and exits 0.
  @Test func text() throws {
    let (plan, assessment) = try Self.planWithAssessment()
    let result = try Self.score([plan, "--assessment", assessment, "--no-color"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    // influence 2 (×2), money 1, feedback 0 (×0.5): 1 + 9 × 5/7 = 7.4; the engine's 4.9.
    #expect(result.stdout.contains("Rapportcijfer: 7,4  voldoende"))
    #expect(result.stdout.contains("Cijfer van de scorecard alleen: 4,9  onvoldoende"))
    #expect(result.stdout.contains("  - Anna, 2026-11-29 (\(assessment))"))
    #expect(result.stdout.contains("Invloed  (weegt ×2)  [bewoners (de scorecard gaf 1/2)]"))
    #expect(result.stdout.contains("     Anna: 2/2 — “Zie paragraaf 2.”"))
    #expect(
      result.stdout.contains("Terugkoppeling  (weegt ×0,5)  [bewoners (de scorecard gaf 0/2)]"))
  }

  /// JSON carries the merge fields; Markdown and HTML show the residents'
  /// levels, in English with `--lang en`.
  @Test func jsonMarkdownAndHTML() throws {
    let (plan, assessment) = try Self.planWithAssessment()
    let json = try Self.score([plan, "--assessment", assessment, "--format", "json"])
    #expect(json.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let merge = try #require(object["assessments"] as? [String: Any])
    #expect(merge["engine_grade"] as? Double == 4.9)
    let criteria = try #require(object["criteria"] as? [[String: Any]])
    let influence = try #require(criteria.first?["assessment"] as? [String: Any])
    #expect(influence["source"] as? String == "residents")
    #expect(influence["engine_level"] as? Int == 1)

    let markdown = try Self.score([plan, "--assessment", assessment, "--format", "markdown"])
    #expect(markdown.stdout.contains("| Invloed | 2/2 | bewoners | 1/2 |"))
    #expect(markdown.stdout.contains("| Anna | 2/2 | Zie paragraaf 2. |"))

    let html = try Self.score([
      plan, "--assessment", assessment, "--format", "html", "--lang", "en",
    ])
    #expect(html.stdout.contains("<h2>Assessed by residents</h2>"))
    #expect(html.stdout.contains("<p><strong>Source:</strong> residents (the engine gave 1/2)</p>"))
    #expect(html.stdout.contains("<td>Zie paragraaf 2.</td>"))
  }

  /// A hostile name and remark come out of `score --format html` as text.
  @Test func htmlEscapesAHostileAssessment() throws {
    let (plan, assessment) = try Self.planWithAssessment(
      name: "\"><img src=x onerror=alert(1)>", remark: "<script>alert(1)</script>")
    let html = try Self.score([plan, "--assessment", assessment, "--format", "html"])
    #expect(html.status == 0)
    #expect(!html.stdout.contains("<script>"))
    #expect(!html.stdout.contains("<img"))
    #expect(html.stdout.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
  }

  /// Without `--assessment` the card is the engine's, byte for byte.
  @Test func withoutAssessmentNothingChanges() throws {
    let (plan, _) = try Self.planWithAssessment()
    let result = try Self.score([plan, "--format", "json"])
    #expect(!result.stdout.contains("\"assessment"))
  }
}

// MARK: - Several plans and errors

extension ScoreAssessmentTests {
  /// With several plans, each assessment goes to the plan with its bytes, or
  /// else its file name (with a note that the plan changed).
  @Test func assessmentsFindTheirPlans() throws {
    let (first, anna) = try Self.planWithAssessment()
    let folder = try BatchCLIFixture.folder("second")
    let second = folder.appendingPathComponent("ander.txt")
    try Data("De gemeente stuurt een nieuwsbrief.\n".utf8).write(to: second)
    let bram = try AssessmentCLIFixture.write(
      of: try AssessmentCLIFixture.card(second.path), by: "Bram", levels: ["money": 2],
      to: folder.appendingPathComponent("bram.json"))
    try Data("De gemeente stuurt twee nieuwsbrieven.\n".utf8).write(to: second)
    let result = try Self.score([
      first, second.path, "--assessment", bram, "--assessment", anna, "--format", "json",
    ])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let cards = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let assessors = cards.map { card in
      ((card["assessments"] as? [String: Any])?["assessors"] as? [[String: Any]])?
        .compactMap { $0["name"] as? String }
    }
    #expect(assessors == [["Anna"], ["Bram"]])
    #expect(result.stdout.contains("\"code\" : \"assessment_plan_changed\""))
  }

  /// An assessment of none of the plans given exits 2, names the file and prints no card.
  @Test func assessmentOfAnotherPlanExitsTwo() throws {
    let (first, _) = try Self.planWithAssessment()
    let (second, _) = try Self.planWithAssessment()
    let other = try BatchCLIFixture.folder("other")
    let plan = other.appendingPathComponent("elders.txt")
    try Data("Er is een wijkbudget.\n".utf8).write(to: plan)
    let stray = try AssessmentCLIFixture.write(
      of: try AssessmentCLIFixture.card(plan.path), by: "Cas",
      to: other.appendingPathComponent("cas.json"))
    try Data("Er is geen wijkbudget.\n".utf8).write(to: plan)
    let result = try Self.score([first, second, "--assessment", stray])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("error: \(stray): this assessment is about \(plan.path)"))
  }

  /// Broken JSON and an assessment made with another rubric exit 2 with a
  /// message that says where and what to do.
  @Test func unusableAssessmentExitsTwo() throws {
    let (plan, assessment) = try Self.planWithAssessment()
    try Data("{\n  \"format\": 1,\n  \"type\" \"x\"\n}\n".utf8)
      .write(to: URL(fileURLWithPath: assessment))
    let broken = try Self.score([plan, "--assessment", assessment])
    #expect(broken.status == 2)
    #expect(broken.stdout.isEmpty)
    #expect(broken.stderr.contains("\(assessment): not valid JSON: line 3"))

    try AssessmentCLIFixture.write(
      of: try AssessmentCLIFixture.card(plan), by: "Anna", to: URL(fileURLWithPath: assessment)
    ) { $0.rubric.id = "lsa-participatie" }
    let other = try Self.score([plan, "--assessment", assessment])
    #expect(other.status == 2)
    #expect(other.stderr.contains("this assessment uses rubric 'lsa-participatie'"))
  }
}
