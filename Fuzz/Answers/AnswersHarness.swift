import Assessment
import Foundation
import FuzzSupport
import PlanReading
import Scoring

/// The `assess --answers` parser: an input is an answers file for the default
/// rubric's card of a short fixed plan, parsed by
/// `AnswersFile.parse(_:path:card:)`. Answers that parse are taken by the
/// questionnaire, and the assessment they give must come back unchanged
/// through `AnswersFile.render(_:)`.
enum AnswersHarness {
  /// The default rubric.
  static let rubric = FuzzRubric.defaultRubric()

  /// The card the answers are for.
  static let card = PlanScorer(rubric: rubric).score(FuzzPlan.document())

  /// Parses one input and, when it parses, checks the round trip.
  static func test(_ data: Data) {
    let text = String(decoding: data, as: UTF8.self)
    guard let answers = try? AnswersFile.parse(text, path: "fuzz.answers.txt", card: card) else {
      return
    }
    guard let first = assessment(answers) else {
      preconditionFailure("answers that parse must give an assessment")
    }
    let rendered = AnswersFile.render(first)
    let again = try? AnswersFile.parse(rendered, path: "rendered.answers.txt", card: card)
    precondition(
      again.flatMap(assessment) == first, "rendered answers must give the same assessment")
  }

  /// The assessment the questionnaire makes of `answers`.
  private static func assessment(_ answers: [String: AnswersFile.Answer]) -> Assessment? {
    let settings = QuestionnaireSettings(assessor: "Fuzz", date: "2026-01-01")
    var questionnaire = Questionnaire(card: card, rubric: rubric, settings: settings)
    _ = questionnaire.take(answers)
    return questionnaire.assessment
  }
}
