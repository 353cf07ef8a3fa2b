import PlanReading
import Scoring

/// The "how the engine decided" part of a card, for readers who want it:
/// the index, the rubric, the rule that decided each level and the rubric's
/// search terms each quote fits. Residents read the card without it; the HTML
/// card folds it away, text and Markdown put it after the plain part.
struct EngineDecision {
  /// The card it explains.
  let card: Scorecard
  /// The labels.
  let strings: ReportStrings

  /// The heading of the part.
  var title: String { strings.localiser.say("decision.title") }

  /// The lines of the part, without markup; the lines of a criterion's quotes
  /// start with two spaces.
  var lines: [String] {
    let say = strings.localiser
    var lines = [
      say.say("decision.index", ["index": String(card.index)]),
      say.say("decision.rubric", ["rubric": "\(card.rubric.id) \(card.rubric.version)"]),
    ]
    lines += card.cappedBy.map {
      say.say("decision.capped", ["reason": strings.text($0.explanation)])
    }
    for criterion in card.criteria where criterion.level != nil {
      let title = strings.text(criterion.title)
      lines.append(
        criterion.decidedBy.map { say.say("decision.rule", ["criterion": title, "rule": $0]) }
          ?? say.say("decision.no_rule", ["criterion": title]))
      lines += criterion.evidence.map { item in
        "  "
          + say.say(
            "decision.indicator",
            [
              "place": item.page.map { "\(strings.page) \($0)" }
                ?? "\(strings.line) \(item.line)",
              "matched": item.matched, "indicator": item.indicator,
            ])
      }
    }
    lines.append(
      "\(card.counts.sentences) \(strings.sentences) \(strings.scored) · "
        + "\(strings.engine) \(card.engineVersion)")
    return lines
  }
}
