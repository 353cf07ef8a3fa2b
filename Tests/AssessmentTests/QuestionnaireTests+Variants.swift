import Assessment
import Foundation
import Scoring
import Testing

extension QuestionnaireTests {
  /// Where the engine says n.v.t., Enter keeps it (no level), and a level may be given.
  @Test func notApplicableIsKeptWithEnter() throws {
    var card = Self.card
    card.criteria[0].level = nil
    card.criteria[1].level = nil
    var questionnaire = Self.questionnaire(card: card, assessor: "Ria")
    let first = questionnaire.start().text
    #expect(first.contains("De scorecard geeft: n.v.t. (deze vraag telt niet mee"))
    #expect(!first.contains("Wat de scorecard in het plan vond"))
    #expect(first.hasSuffix("Jouw oordeel (0, 1 of 2; Enter = n.v.t. laten staan): "))
    let lines = ["", "", "2", ""] + Self.accept(questionnaire.questionCount - 2) + ["j"]
    for line in lines { _ = questionnaire.answer(line) }
    let assessment = try #require(questionnaire.assessment)
    #expect(assessment.criteria[0].level == nil)
    #expect(assessment.criteria[0].agreesWithEngine)
    #expect(assessment.criteria[1].level == 2)
    #expect(!assessment.criteria[1].agreesWithEngine)
  }

  /// In English the texts, `b` for back and `[Y/n]` are English.
  @Test func englishQuestionnaire() throws {
    var questionnaire = Self.questionnaire(language: .en)
    #expect(questionnaire.start().text.hasSuffix("What is your name (or initials)? "))
    let first = questionnaire.answer("Ann")
    #expect(first.text.contains("Question 1 of \(questionnaire.questionCount) — "))
    #expect(first.text.contains(try #require(Self.card.criteria[0].question["en"])))
    #expect(first.text.contains("The scorecard gives: "))
    _ = questionnaire.answer("")
    _ = questionnaire.answer("")
    #expect(questionnaire.answer("b").text.contains("Question 1 of"))
    let invalid = questionnaire.answer("7")
    #expect(invalid.text.hasPrefix("You typed \"7\". That is not possible here. Type 0, 1 or 2, "))
    let summary = Self.run(&questionnaire, Self.accept(questionnaire.questionCount)).last
    #expect(summary?.text.contains("Summary — Ann, 2026-05-01") == true)
    #expect(summary?.text.hasSuffix("[Y/n] (b = back to the questions) ") == true)
    #expect(questionnaire.answer("y").state == .finished)
    #expect(questionnaire.assessment?.language == "en")
  }

  /// The confirmation says when the file exists already and will be replaced.
  @Test func confirmationSaysAFileIsReplaced() throws {
    var questionnaire = Self.questionnaire(assessor: "Ria", fileExists: { _ in true })
    let summary = try #require(Self.run(&questionnaire, Self.accept(9)).last).text
    #expect(
      summary.contains("Er staat al een bestand met die naam. Dat wordt vervangen.\nBewaren in"))
  }

  /// When input ends, the message says at which question and that nothing was saved.
  @Test func endOfInputSaysWhere() {
    var questionnaire = Self.questionnaire(assessor: "Ria")
    _ = Self.run(&questionnaire, Self.accept(3) + ["1"])
    #expect(
      questionnaire.endOfInputMessage
        == "De invoer stopte bij vraag 4 van 9, voordat alles beantwoord was. Er is niets bewaard.")
  }

  /// Answers taken at once give the summary and a finished assessment; `-` keeps the engine's.
  @Test func answersTakenAtOnce() throws {
    var questionnaire = Self.questionnaire(assessor: "Ria")
    let answers = try AnswersFile.parse(
      Self.card.criteria.map { $0.id == "geld" ? "geld 2 Buurtbudget, blz. 4" : "\($0.id) -" }
        .joined(separator: "\n"), path: "a.txt", card: Self.card)
    let reply = questionnaire.take(answers)
    #expect(reply.state == .finished)
    #expect(reply.text.contains("Opmerking: Buurtbudget, blz. 4"))
    let assessment = try #require(questionnaire.assessment)
    for (criterion, engine) in zip(assessment.criteria, Self.card.criteria) {
      #expect(criterion.level == (criterion.id == "geld" ? 2 : engine.level))
    }
  }
}
