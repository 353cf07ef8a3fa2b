import Assessment
import Foundation
import PlanReading
import Scoring
import Testing

@Suite struct QuestionnaireTests {
  /// The engine's card of the sample plan, shared by the tests.
  static let card = AssessmentFixture.card()

  /// A questionnaire of the sample plan on 2026-05-01.
  static func questionnaire(
    card: Scorecard = card, assessor: String? = nil, language: PlanLanguage = .nl,
    fileExists: @escaping @Sendable (String) -> Bool = { _ in false }
  ) -> Questionnaire {
    Questionnaire(
      card: card, rubric: AssessmentFixture.rubric,
      settings: QuestionnaireSettings(
        language: language, assessor: assessor, date: "2026-05-01", fileExists: fileExists))
  }

  /// Feeds the lines one by one and returns every reply, the start's first.
  static func run(_ questionnaire: inout Questionnaire, _ lines: [String]) -> [QuestionnaireReply] {
    var replies = [questionnaire.start()]
    for line in lines { replies.append(questionnaire.answer(line)) }
    return replies
  }

  /// Enter for every level and remark of `count` questions.
  static func accept(_ count: Int) -> [String] {
    Array(repeating: "", count: 2 * count)
  }

  /// A level of the scale other than the engine's for criterion `index`.
  static func otherLevel(_ index: Int) -> Int {
    card.criteria[index].level == 0 ? 2 : 0
  }
}

extension QuestionnaireTests {
  /// A full run: name, one level changed with a remark, the rest accepted, saved.
  @Test func fullRun() throws {
    var questionnaire = Self.questionnaire()
    let count = questionnaire.questionCount
    let other = Self.otherLevel(1)
    let lines =
      ["Fatima el Amrani"] + Self.accept(1) + ["\(other)", "Alleen advies."]
      + Self.accept(count - 2) + ["j"]
    let replies = Self.run(&questionnaire, lines)
    #expect(replies.dropLast().allSatisfy { $0.state == .waiting })
    #expect(replies.last?.state == .finished)
    let assessment = try #require(questionnaire.assessment)
    #expect(assessment.assessor == "Fatima el Amrani")
    #expect(assessment.date == "2026-05-01")
    #expect(assessment.language == "nl")
    #expect(assessment.plan == Self.card.plan)
    #expect(assessment.criteria.map(\.id) == Self.card.criteria.map(\.id))
    for (index, criterion) in assessment.criteria.enumerated() {
      let engine = Self.card.criteria[index].level
      #expect(criterion.engineLevel == engine)
      #expect(criterion.level == (index == 1 ? other : engine))
      #expect(criterion.agreesWithEngine == (index != 1))
      #expect(criterion.remark == (index == 1 ? "Alleen advies." : nil))
      #expect(criterion.engineEvidence.count <= 3)
    }
    let stem = "nl-deventer-rivierenwijk-wijkprogramma-adviesrecht-reactienota"
    #expect(questionnaire.outputFile == "\(stem).fatima-el-amrani.assessment.json")
  }

  /// A question shows its number, title, question, the levels, the engine's level and quotes.
  @Test func questionShowsWhatTheEngineFound() throws {
    var questionnaire = Self.questionnaire(assessor: "Ria")
    let text = questionnaire.start().text
    let criterion = Self.card.criteria[0]
    let count = Self.card.criteria.count
    #expect(text.contains("Vraag 1 van \(count) — \(try #require(criterion.title["nl"]))"))
    #expect(text.contains(try #require(criterion.question["nl"])))
    for level in 0...2 { #expect(text.contains("\n  \(level) = ")) }
    let engine = try #require(criterion.level)
    #expect(text.contains("De scorecard geeft: \(engine) ("))
    let quotes = criterion.evidence.prefix(3)
    #expect(!quotes.isEmpty)
    for evidence in quotes {
      #expect(text.contains("regel \(evidence.line))"))
      let words = evidence.quote.split(separator: " ").prefix(3).joined(separator: " ")
      #expect(text.contains("“" + words))
    }
    #expect(text.components(separatedBy: "  - “").count - 1 == quotes.count)
    #expect(text.hasSuffix("Jouw oordeel (0, 1 of 2; Enter = \(engine), zoals de scorecard): "))
    // The question block (after the introduction, which names the plan's path) fits in 96.
    let block = try #require(text.components(separatedBy: "────").last)
    for line in block.split(separator: "\n") { #expect(line.count <= 96, "too long: \(line)") }
  }

  /// `t` goes back to the previous question, which offers the earlier answer and remark.
  @Test func goingBackKeepsEarlierAnswers() throws {
    var questionnaire = Self.questionnaire(assessor: "Ria")
    let replies = Self.run(&questionnaire, ["0", "Staat op blz. 3", "t"])
    let back = try #require(replies.last).text
    #expect(back.contains("Vraag 1 van"))
    #expect(back.contains("Je eerdere antwoord: 0, opmerking: Staat op blz. 3"))
    #expect(back.hasSuffix("Enter = 0, je eerdere antwoord): "))
    #expect(questionnaire.answer("").text.contains("Enter = houden: \"Staat op blz. 3\""))
    #expect(questionnaire.answer("").text.contains("Vraag 2 van"))
    // From the remark prompt, `terug` goes back to the level of the same question.
    _ = questionnaire.answer("1")
    #expect(questionnaire.answer("terug").text.contains("Vraag 2 van"))
    let rest = Self.accept(questionnaire.questionCount - 1) + ["j"]
    for line in rest { _ = questionnaire.answer(line) }
    let assessment = try #require(questionnaire.assessment)
    #expect(assessment.criteria[0].level == 0)
    #expect(assessment.criteria[0].remark == "Staat op blz. 3")
    #expect(assessment.criteria[1].level == 1)
  }

  /// Back from the first question goes to the name, or says there is nothing before it.
  @Test func backFromTheFirstQuestion() {
    var asked = Self.questionnaire()
    let replies = Self.run(&asked, ["Fatima", "t"])
    #expect(replies.last?.text == "Wat is je naam (of je initialen)? [Enter = Fatima] ")
    #expect(asked.answer("").text.contains("Vraag 1 van"))
    var given = Self.questionnaire(assessor: "Ria")
    let text = Self.run(&given, ["t"]).last?.text ?? ""
    #expect(text.hasPrefix("Dit is de eerste vraag. Er is geen vorige.\n"))
    #expect(text.hasSuffix("zoals de scorecard): "))
  }
}
