import Assessment
import Foundation
import PlanReading
import Scoring
import Testing

extension QuestionnaireTests {
  /// Level texts wrap at the width instead of being cut with "…", on a
  /// 100-column terminal too.
  @Test(arguments: [PlanLanguage.nl, .en])
  func levelTextsWrapInsteadOfBeingCut(language: PlanLanguage) throws {
    for index in Self.card.criteria.indices {
      var questionnaire = Questionnaire(
        card: Self.card, rubric: AssessmentFixture.rubric,
        settings: QuestionnaireSettings(
          language: language, assessor: "Ria", date: "2026-05-01", width: 100))
      var reply = questionnaire.start()
      for _ in 0..<index { reply = questionnaire.answer(""); reply = questionnaire.answer("") }
      let block = try #require(reply.text.components(separatedBy: "────").last)
      for line in block.split(separator: "\n") { #expect(line.count <= 100, "too long: \(line)") }
      let levels = block.components(separatedBy: "\n\n").dropFirst().first ?? ""
      #expect(!levels.contains("…"), "cut: \(levels)")
      let criterion = try #require(AssessmentFixture.rubric.criterion(id: Self.card.criteria[index].id))
      for level in 0...2 {
        guard let meaning = criterion.level(level)?.description.text(in: language) else { continue }
        let lastWord = try #require(meaning.split(separator: " ").last)
        #expect(block.contains(lastWord), "level \(level) of \(criterion.id) lost its end")
      }
    }
  }

  /// `a` at a level prompt shows every finding the card keeps, then asks again.
  @Test func allFindingsCanBeOpened() throws {
    var questionnaire = Self.questionnaire(assessor: "Ria")
    _ = questionnaire.start()
    let reply = questionnaire.answer("a")
    #expect(reply.state == .waiting)
    #expect(reply.text.hasPrefix("Alles wat de scorecard hierover vond:"))
    for evidence in Self.card.criteria[0].evidence {
      let words = evidence.quote.split(separator: " ").prefix(3).joined(separator: " ")
      #expect(reply.text.contains("“" + words))
    }
    #expect(reply.text.contains("Jouw oordeel ("))
    // Nothing was answered: Enter still takes the engine's level of question 1.
    let next = questionnaire.answer("")
    #expect(next.text.contains("Opmerking"))
  }

  /// The hint under the quotes says which key opens the rest.
  @Test func moreFindingsSayHowToOpenThem() {
    var questionnaire = Self.questionnaire(assessor: "Ria")
    let count = questionnaire.questionCount
    var texts: [String] = [questionnaire.start().text]
    for _ in 0..<count {
      texts.append(questionnaire.answer("").text)
      texts.append(questionnaire.answer("").text)
    }
    let withMore = texts.filter { $0.contains("andere vondst") }
    #expect(withMore.allSatisfy { $0.contains("Typ a om alles te zien.") })
  }

  /// The closing summary shows the report grade with the assessor's answers
  /// next to the engine's.
  @Test func summaryShowsTheGrade() {
    var questionnaire = Self.questionnaire(assessor: "Ria")
    let count = questionnaire.questionCount
    let replies = Self.run(&questionnaire, Self.accept(count))
    let summary = replies.last?.text ?? ""
    let grade = String(format: "%.1f", Self.card.grade).replacingOccurrences(of: ".", with: ",")
    #expect(summary.contains("Rapportcijfer met jouw antwoorden: \(grade)"))
    #expect(summary.contains("De scorecard gaf: \(grade)."))
  }
}
