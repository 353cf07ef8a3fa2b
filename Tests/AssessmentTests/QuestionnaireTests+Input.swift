import Assessment
import Foundation
import Testing

extension QuestionnaireTests {
  /// `?` shows the keys and every level in full, then the same prompt; nothing is answered.
  @Test func helpShowsEveryLevelInFull() throws {
    var questionnaire = Self.questionnaire(assessor: "Ria")
    let prompt = questionnaire.start().text.split(separator: "\n").last.map(String.init) ?? ""
    let help = questionnaire.answer("?")
    #expect(help.state == .waiting)
    #expect(help.text.hasPrefix("Hulp\n"))
    #expect(help.text.contains("terug naar de vorige vraag"))
    let criterion = try #require(AssessmentFixture.rubric.criterion(id: Self.card.criteria[0].id))
    let full = try #require(criterion.level(2)?.description.text(in: .nl))
    let flattened = help.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flattened.contains(full))
    #expect(help.text.hasSuffix(prompt))
    #expect(questionnaire.answer("").text.hasPrefix("Opmerking"))
  }

  /// `7` and `x` are named with what is allowed, and the same question is asked again.
  @Test(arguments: ["7", "x", "12", "-1", "1.5"])
  func invalidLevelIsAskedAgain(input: String) throws {
    var questionnaire = Self.questionnaire(assessor: "Ria")
    let prompt = questionnaire.start().text.split(separator: "\n").last.map(String.init) ?? ""
    let reply = questionnaire.answer(input)
    #expect(reply.state == .waiting)
    let engine = try #require(Self.card.criteria[0].level)
    #expect(reply.text.hasPrefix("Je typte \"\(input)\". Dat kan hier niet. Typ 0, 1 of 2, "))
    #expect(reply.text.contains("druk Enter voor \(engine)"))
    #expect(reply.text.contains(try #require(Self.card.criteria[0].question["nl"])))
    #expect(reply.text.hasSuffix(prompt))
    #expect(questionnaire.answer("2").text.hasPrefix("Opmerking"))
  }

  /// An empty name is refused with a message and asked again; then the questions start.
  @Test func emptyNameIsAskedAgain() {
    var questionnaire = Self.questionnaire()
    let replies = Self.run(&questionnaire, ["", "   "])
    for reply in replies.dropFirst() {
      #expect(reply.text.hasPrefix("Je hebt niets getypt. Je naam is nodig voor het bestand."))
      #expect(reply.text.hasSuffix("Wat is je naam (of je initialen)? "))
    }
    #expect(questionnaire.outputFile == nil)
    #expect(questionnaire.answer("Ria").text.contains("Vraag 1 van"))
  }

  /// The summary lists per criterion the engine's level, the assessor's and the remark.
  @Test func summaryShowsBothLevels() throws {
    var questionnaire = Self.questionnaire(assessor: "Ria")
    let count = questionnaire.questionCount
    let other = Self.otherLevel(2)
    let lines = Self.accept(2) + ["\(other)", "Niet concreet genoeg."] + Self.accept(count - 3)
    let summary = try #require(Self.run(&questionnaire, lines).last).text
    #expect(summary.contains("Samenvatting — Ria, 2026-05-01"))
    let rows = summary.split(separator: "\n").map(String.init)
    for (index, criterion) in Self.card.criteria.enumerated() {
      let row = try #require(rows.first { $0.hasPrefix(String(format: "%4d  ", index + 1)) })
      let engine = criterion.level.map(String.init) ?? "n.v.t."
      let own = index == 2 ? String(other) : engine
      let cells = row.split(separator: " ").suffix(index == 2 ? 3 : 2).map(String.init)
      #expect(cells == (index == 2 ? [engine, own, "anders"] : [engine, own]), "\(row)")
    }
    #expect(summary.contains("      Opmerking: Niet concreet genoeg."))
    #expect(summary.contains("Je gaf bij 1 van de \(count) vragen een ander niveau"))
    let file = try #require(questionnaire.outputFile)
    #expect(summary.hasSuffix("Bewaren in \(file)? [J/n] (t = terug naar de vragen) "))
  }

  /// From the confirmation, `t` goes back to the last question and a number to that question.
  @Test func backFromTheConfirmation() throws {
    var questionnaire = Self.questionnaire(assessor: "Ria")
    let count = questionnaire.questionCount
    _ = Self.run(&questionnaire, Self.accept(count))
    #expect(questionnaire.answer("t").text.contains("Vraag \(count) van \(count)"))
    #expect(questionnaire.answer("").text.hasPrefix("Opmerking"))
    #expect(questionnaire.answer("").text.contains("Samenvatting"))
    #expect(questionnaire.answer("3").text.contains("Vraag 3 van \(count)"))
    let other = Self.otherLevel(2)
    for line in ["\(other)", ""] + Self.accept(count - 3) { _ = questionnaire.answer(line) }
    let invalid = questionnaire.answer("misschien")
    #expect(invalid.text.hasPrefix("Je typte \"misschien\". Typ j of druk Enter om te bewaren"))
    #expect(questionnaire.assessment == nil)
    #expect(questionnaire.answer("").state == .finished)
    #expect(try #require(questionnaire.assessment).criteria[2].level == other)
  }

  /// `n` at the confirmation ends without an assessment.
  @Test func declineSavesNothing() {
    var questionnaire = Self.questionnaire(assessor: "Ria")
    let replies = Self.run(&questionnaire, Self.accept(questionnaire.questionCount) + ["n"])
    #expect(replies.last?.state == .declined)
    #expect(replies.last?.text == "Niet bewaard. Er is niets geschreven.\n")
    #expect(questionnaire.assessment == nil)
  }
}
