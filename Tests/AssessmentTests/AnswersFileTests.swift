import Assessment
import Foundation
import TestSupport
import Testing

@Suite struct AnswersFileTests {
  /// The engine's card of the sample plan.
  static let card = AssessmentFixture.card()

  /// One `<id> -` line per criterion, with `changes` replacing some lines.
  static func lines(_ changes: [String: String] = [:]) -> [String] {
    card.criteria.map { changes[$0.id] ?? "\($0.id) -" }
  }

  /// The error parsing `text` throws, or `nil`.
  static func error(_ text: String) -> AnswersFileError? {
    do {
      _ = try AnswersFile.parse(text, path: "antwoorden.txt", card: card)
      return nil
    } catch {
      return error
    }
  }
}

extension AnswersFileTests {
  /// Levels, `-`, remarks, comments, blank lines, tabs and CRLF line ends are read.
  @Test func readsAWellFormedFile() throws {
    let text =
      "\u{FEFF}# Fatima, op papier 3 mei\r\n\r\n"
      + Self.lines(["invloed": "invloed\t0  Alleen advies, geen zeggenschap.", "geld": "geld 2"])
      .joined(separator: "\r\n")
    let answers = try AnswersFile.parse(text, path: "a.txt", card: Self.card)
    #expect(answers.count == Self.card.criteria.count)
    #expect(
      answers["invloed"] == .init(level: 0, remark: "Alleen advies, geen zeggenschap.", line: 4))
    #expect(answers["geld"]?.level == 2)
    #expect(answers["geld"]?.remark == nil)
    #expect(answers["vroeg"] == .init(level: nil, remark: nil, line: 3))
  }

  /// An unknown criterion names the file, the line, and the known ids.
  @Test func unknownCriterionNamesTheLine() throws {
    var lines = Self.lines()
    lines.insert("invlod 1", at: 2)
    let error = try #require(Self.error(lines.joined(separator: "\n")))
    guard case .unknownCriterion(_, 3, "invlod", let known) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(known == Self.card.criteria.map(\.id))
    let message = error.localizedDescription
    #expect(message.hasPrefix("antwoorden.txt:3: unknown criterion 'invlod'."))
    #expect(message.contains("invloed"))
  }

  /// A level outside the scale, or not a number, names the line and what is allowed.
  @Test(arguments: ["7", "x", "1,5", "n.v.t."])
  func badLevelNamesTheLine(value: String) throws {
    let text = Self.lines(["kaders": "kaders \(value) tekst"]).joined(separator: "\n")
    let error = try #require(Self.error(text))
    #expect(
      error
        == .invalidLevel(path: "antwoorden.txt", line: 3, id: "kaders", value: value, maxLevel: 2))
    #expect(error.localizedDescription.hasPrefix("antwoorden.txt:3: '\(value)' is not a level"))
    #expect(error.localizedDescription.contains("from 0 to 2, or - to accept"))
  }

  /// A line without a level, a criterion twice, and a missing criterion are refused.
  @Test func incompleteFilesAreRefused() throws {
    let noLevel = Self.lines(["geld": "geld"]).joined(separator: "\n")
    #expect(Self.error(noLevel) == .missingLevel(path: "antwoorden.txt", line: 6, id: "geld"))
    let twice = (Self.lines() + ["vroeg 2"]).joined(separator: "\n")
    #expect(
      Self.error(twice) == .duplicate(path: "antwoorden.txt", line: 10, id: "vroeg", firstLine: 1))
    let missing = Self.lines().filter { !$0.hasPrefix("geld") && !$0.hasPrefix("evaluatie") }
    let error = try #require(Self.error(missing.joined(separator: "\n")))
    #expect(error == .missingCriteria(path: "antwoorden.txt", ids: ["geld", "evaluatie"]))
    #expect(error.localizedDescription.contains("no line for 'geld', 'evaluatie'"))
  }

  /// A rendered assessment reads back to the same levels and remarks.
  @Test func renderReadsBack() throws {
    let assessment = AssessmentFixture.assessment(
      of: Self.card, by: "Ria", levels: ["invloed": 0], remarks: ["invloed": "Alleen advies."])
    let answers = try AnswersFile.parse(
      AnswersFile.render(assessment), path: "r.txt", card: Self.card)
    for criterion in assessment.criteria {
      #expect(answers[criterion.id]?.level == criterion.level)
      #expect(answers[criterion.id]?.remark == criterion.remark)
    }
  }

  /// The default file name joins the plan's stem and a slug of the name.
  @Test(arguments: [
    ("Fatima el Amrani", "fatima-el-amrani"), ("J.P. Çelik", "j-p-celik"),
    ("  Ria  ", "ria"), ("Ëlise-Marié O'Neill", "elise-marie-o-neill"), ("!!!", "assessor"),
  ])
  func defaultFileName(name: String, slug: String) {
    #expect(AssessmentFileName.slug(name) == slug)
    #expect(
      AssessmentFileName.defaultName(plan: "plans/wijkplan 2025.md", assessor: name)
        == "wijkplan 2025.\(slug).assessment.json")
  }
}

extension AnswersFileTests {
  /// A remark that starts with a combining mark is read after the space before
  /// it, so `render` gives a file that reads back (fuzz-answers found that the
  /// space and the mark were one character and the level became `1 ֮vr`).
  @Test func remarkStartingWithACombiningMarkReadsBack() throws {
    let data = try Data(contentsOf: Fixtures.url("FuzzCrashes/answers-combining-mark-remark.txt"))
    let answers = try AnswersFile.parse(
      String(decoding: data, as: UTF8.self), path: "a.txt", card: Self.card)
    #expect(answers["ondersteuning"]?.remark == "\u{5AE}vr\u{1B}")
    let settings = QuestionnaireSettings(assessor: "Fuzz", date: "2026-01-01")
    var questionnaire = Questionnaire(
      card: Self.card, rubric: AssessmentFixture.rubric, settings: settings)
    _ = questionnaire.take(answers)
    let assessment = try #require(questionnaire.assessment)
    let reread = try AnswersFile.parse(
      AnswersFile.render(assessment), path: "b.txt", card: Self.card)
    #expect(reread["ondersteuning"]?.remark == "\u{5AE}vr\u{1B}")
    #expect(reread["ondersteuning"]?.level == assessment.criterion(id: "ondersteuning")?.level)
  }
}
