import Foundation
import PlanReading
import Scoring

extension TestRubric {
  /// The criteria the fixture must load into.
  static var expectedCriteria: [Criterion] {
    [influence, money, feedback]
  }

  private static var influence: Criterion {
    Criterion(
      id: "influence", title: text("Invloed", "Influence"),
      question: text("Hoeveel invloed krijgen bewoners?", "How much say do residents get?"),
      weight: 2, phase: .making,
      levels: [
        CriterionLevel(
          value: 0, description: text("Alleen informeren.", "Informing only."),
          advice: text("Raadpleeg bewoners.", "Consult residents.")),
        CriterionLevel(
          value: 1, description: text("Raadplegen of adviseren.", "Consulting or advising."),
          advice: text("Laat bewoners meebeslissen.", "Let residents co-decide.")),
        CriterionLevel(
          value: 2, description: text("Coproduceren of beslissen.", "Co-producing or deciding.")),
      ],
      rules: [
        .ladder(
          LadderRule(
            groups: ["inform", "consult", "decide"],
            levels: [LadderStep(fromRung: 2, level: 1), LadderStep(fromRung: 4, level: 2)]))
      ],
      examples: [
        .nl: CriterionExamples(
          match: [
            LevelExample(
              text: "Bewoners beslissen zelf over de inrichting van het plein.", level: 2),
            LevelExample(text: "We raadplegen bewoners met een enquête.", level: 1),
          ],
          noMatch: ["De gemeente stuurt een nieuwsbrief.", "Bewoners beslissen hierover niet."]),
        .en: CriterionExamples(
          match: [
            LevelExample(text: "Residents decide on the design of the square.", level: 2),
            LevelExample(text: "We will consult residents with a survey.", level: 1),
          ],
          noMatch: ["The council sends a newsletter.", "Residents do not decide on this."]),
      ])
  }

  private static var money: Criterion {
    Criterion(
      id: "money", title: text("Geld", "Money"),
      question: text("Beslissen bewoners over een budget?", "Do residents decide on a budget?"),
      weight: 1, phase: .carryingOut, notApplicableFor: [.verordening],
      levels: [
        CriterionLevel(
          value: 0, description: text("Geen budget.", "No budget."),
          advice: text("Noem een budget.", "Name a budget.")),
        CriterionLevel(
          value: 1, description: text("Een budget zonder bedrag.", "A budget without an amount."),
          advice: text("Noem het bedrag.", "Name the amount.")),
        CriterionLevel(
          value: 2,
          description: text(
            "Bewoners beslissen over een bedrag.", "Residents decide on an amount.")),
      ],
      rules: [
        .any(AnyRule(level: 1, groups: ["budget"])),
        .together(
          TogetherRule(
            level: 2, groups: ["budget", "decide"], require: [.specific], scope: .sentence)),
      ],
      examples: [
        .nl: CriterionExamples(
          match: [
            LevelExample(text: "Er komt een wijkbudget voor de buurt.", level: 1),
            LevelExample(text: "Bewoners beslissen over het wijkbudget van € 40.000.", level: 2),
          ],
          noMatch: ["De gemeente stelt de begroting vast."]),
        .en: CriterionExamples(
          match: [
            LevelExample(text: "There will be a neighbourhood budget.", level: 1),
            LevelExample(text: "Residents decide how the budget of €40,000 is spent.", level: 2),
          ],
          noMatch: ["The council adopts its annual accounts."]),
      ])
  }

  private static var feedback: Criterion {
    Criterion(
      id: "feedback", title: text("Terugkoppeling", "Feedback"),
      question: text(
        "Horen bewoners wat er met hun inbreng gebeurt?",
        "Do residents hear what happened to their input?"),
      weight: 0.5, notApplicableFor: [.participatieverslag, .verordening],
      levels: [
        CriterionLevel(
          value: 0, description: text("Geen terugkoppeling.", "No feedback."),
          advice: text("Beloof terugkoppeling.", "Promise feedback.")),
        CriterionLevel(
          value: 1, description: text("Terugkoppeling genoemd.", "Feedback mentioned."),
          advice: text("Noem een reactienota.", "Name a response report.")),
        CriterionLevel(
          value: 2,
          description: text("Terugkoppeling op meer manieren.", "Feedback in more ways.")),
      ],
      rules: [
        .any(AnyRule(level: 1, groups: ["feedback"], require: [.notNegated])),
        .count(CountRule(level: 2, groups: ["feedback"], atLeast: 2, scope: .paragraph)),
      ],
      examples: [
        .nl: CriterionExamples(
          match: [
            LevelExample(text: "Deelnemers krijgen terugkoppeling.", level: 1),
            LevelExample(text: "Er is een reactienota en iedereen kreeg terugkoppeling.", level: 2),
          ],
          noMatch: ["Het plan is klaar."]),
        .en: CriterionExamples(
          match: [
            LevelExample(text: "Participants receive feedback.", level: 1),
            LevelExample(text: "The response report gives feedback on every comment.", level: 2),
          ],
          noMatch: ["The plan is finished."]),
      ])
  }
}
