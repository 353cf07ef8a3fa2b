import Foundation
import PlanReading
import Scoring

extension TestRubric {
  /// The model the fixture must load into, with an empty `contentHash`.
  static var expected: Rubric {
    Rubric(
      format: 1, id: "test-rubric", version: "1.0.0", languages: [.nl, .en],
      defaultLanguage: .nl,
      title: text("Testrubriek", "Test rubric"),
      description: text(
        "Een kleine rubriek voor de tests van de scorecard.",
        "A small rubric for the scorecard's tests."),
      scale: Scale(
        levels: [
          ScaleLevel(value: 0, label: text("afwezig", "absent")),
          ScaleLevel(value: 1, label: text("vaag", "vague")),
          ScaleLevel(value: 2, label: text("concreet", "concrete")),
        ],
        notApplicable: text("n.v.t.", "n/a")),
      ladder: [
        LadderRung(rung: 0, id: "none", label: text("geen", "none")),
        LadderRung(
          rung: 1, id: "inform", label: text("informeren", "informing"),
          description: text("Bewoners horen wat er gebeurt.", "Residents hear what happens.")),
        LadderRung(rung: 2, id: "consult", label: text("raadplegen", "consulting")),
        LadderRung(rung: 3, id: "advise", label: text("adviseren", "advising")),
        LadderRung(rung: 4, id: "coproduce", label: text("coproduceren", "co-producing")),
        LadderRung(
          rung: 5, id: "decide", label: text("meebeslissen", "deciding"),
          description: text("Bewoners beslissen.", "Residents decide.")),
      ],
      context: expectedContext, negationWindow: 4, groups: expectedGroups,
      criteria: expectedCriteria,
      aggregation: Aggregation(
        passMark: 5.5,
        guards: [
          .criterionZero(criterion: "influence", cap: 5.4), .zeroCount(atLeast: 2, cap: 4.5),
        ]))
  }

  private static var expectedContext: [PlanLanguage: ContextLists] {
    [
      .nl: ContextLists(
        negations: ["niet", "geen", "nooit"], clauseFinalNegations: ["niet"],
        hedges: ["waar mogelijk", "in principe"], residentActors: ["bewoner*", "wijkraad"],
        governmentActors: ["gemeente", "college"], futureMarkers: ["zullen", "gaan"],
        pastMarkers: ["hebben", "werden"], specificReferences: ["reactienota", "bijlage"]),
      .en: ContextLists(
        negations: ["not", "no", "never"], hedges: ["where possible", "in principle"],
        residentActors: ["resident*", "tenants"], governmentActors: ["council", "municipality"],
        futureMarkers: ["will"], pastMarkers: ["were", "have"],
        specificReferences: ["response report", "annex"]),
    ]
  }

  private static var expectedGroups: [IndicatorGroup] {
    [
      IndicatorGroup(
        id: "inform", description: text("De gemeente informeert", "The council informs"),
        rung: 1, require: [.notNegated],
        indicators: [
          .nl: [
            Indicator(phrase: "informeren"), Indicator(phrase: "*brief"),
            Indicator(phrase: "informatieavond"),
          ],
          .en: [Indicator(phrase: "inform"), Indicator(phrase: "newsletter*")],
        ]),
      IndicatorGroup(
        id: "consult",
        description: text("Bewoners worden geraadpleegd", "Residents are consulted"),
        polarity: .positive, rung: 2, require: [.notNegated],
        indicators: [
          .nl: [
            Indicator(phrase: "raadplegen"), Indicator(phrase: "enquête"),
            Indicator(phrase: "mening", near: "bewoner*", within: 4),
          ],
          .en: [
            Indicator(phrase: "consult"), Indicator(phrase: "survey*"),
            Indicator(phrase: "opinion", near: "resident*", within: 4),
          ],
        ]),
      IndicatorGroup(
        id: "decide", description: text("Bewoners beslissen", "Residents decide"), rung: 5,
        require: [.notNegated, .residentActor],
        indicators: [
          .nl: [Indicator(phrase: "beslissen"), Indicator(phrase: "meebeslissen", rung: 4)],
          .en: [Indicator(phrase: "decide"), Indicator(phrase: "co-decide", rung: 4)],
        ],
        examples: [
          .nl: GroupExamples(
            match: ["Bewoners beslissen over het plein."],
            noMatch: ["De gemeente beslist over het plein."]),
          .en: GroupExamples(
            match: ["Residents decide on the square."],
            noMatch: ["The council decides on the square."]),
        ]),
      IndicatorGroup(
        id: "budget", description: text("Een budget voor bewoners", "A budget for residents"),
        indicators: [
          .nl: [
            Indicator(phrase: "*budget"),
            Indicator(phrase: "bewoner*", near: "*geld", within: 5, ordered: true),
          ],
          .en: [Indicator(phrase: "*budget"), Indicator(phrase: "participatory budgeting")],
        ],
        examples: [
          .nl: GroupExamples(match: ["Er is een wijkbudget."], noMatch: ["De begroting is rond."])
        ]),
      IndicatorGroup(
        id: "feedback", description: text("Terugkoppeling aan bewoners", "Feedback to residents"),
        indicators: [
          .nl: [
            Indicator(phrase: "terugkoppel*"), Indicator(phrase: "reactienota"),
            Indicator(phrase: "*verslag"),
          ],
          .en: [
            Indicator(phrase: "feedback"), Indicator(phrase: "response report"),
            Indicator(phrase: "report*"),
          ],
        ]),
      IndicatorGroup(
        id: "fake", description: text("Schijnparticipatie", "Sham participation"),
        polarity: .warning,
        indicators: [
          .nl: [
            Indicator(phrase: "draagvlak creëren"), Indicator(phrase: "meenemen in de afweging"),
          ],
          .en: [
            Indicator(phrase: "create support"),
            Indicator(phrase: "taken into account", polarity: .warning),
          ],
        ],
        examples: [.nl: GroupExamples(match: ["We willen draagvlak creëren."])]),
    ]
  }
}
