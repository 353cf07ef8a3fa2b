import Assessment
import Foundation
import PlanReading
import Scoring

/// The sentences of `scorecard agreement` that carry figures.
extension ReportStrings {
  // MARK: - Headline figures

  /// The headline (`Jullie zijn het eens over 7 van de 9 vragen`).
  ///
  /// - Parameters:
  ///   - plans: The number of plans; above 1 the questions are plan × criterion.
  ///   - withEngine: Whether the engine is one of the coders.
  func unanimity(_ figures: AgreementFigures, plans: Int, withEngine: Bool) -> String {
    let who =
      withEngine
      ? pick("Jullie en de scorecard zijn", "You and the scorecard") : pick("Jullie zijn", "You")
    guard figures.units > 0 else {
      return pick(
        "Geen vraag is door twee of meer mensen beantwoord; er valt niets te vergelijken.",
        "No question was answered by two or more people; there is nothing to compare.")
    }
    let questions =
      plans > 1
      ? pick(
        "vragen (alle vragen van \(plans) plannen samen)",
        "questions (all questions of \(plans) plans together)")
      : pick("vragen", "questions")
    return pick(
      "\(who) het eens over \(figures.unanimous) van de \(figures.units) \(questions).",
      "\(who) agree on \(figures.unanimous) of the \(figures.units) \(questions).")
  }

  /// How often two people gave the same level, and levels at most one apart.
  func pairwise(_ summary: AgreementSummary?) -> String? {
    guard let summary else { return nil }
    return pick(
      "Als je steeds twee mensen vergelijkt: \(summary.exactMatches) van de \(summary.pairs) "
        + "keer hetzelfde niveau (\(percent(summary.exact))), \(summary.withinOneMatches) van de "
        + "\(summary.pairs) keer hooguit één niveau verschil (\(percent(summary.withinOne))).",
      "Comparing two people at a time: the same level \(summary.exactMatches) of "
        + "\(summary.pairs) times (\(percent(summary.exact))), at most one level apart "
        + "\(summary.withinOneMatches) of \(summary.pairs) times (\(percent(summary.withinOne))).")
  }

  /// Krippendorff's alpha in plain words, or why it is missing.
  /// - Parameter perCriterion: Whether the units are plans (one criterion).
  func alphaSentence(_ figures: AgreementFigures, perCriterion: Bool = false) -> String {
    if let alpha = figures.alpha {
      return pick(
        "Krippendorffs alfa is \(decimal(alpha, places: 2)): \(alphaVerdict(alpha)). (1 is helemaal eens, "
          + "0 is niet beter dan gokken; vanaf 0,80 is het goed, vanaf 0,67 redelijk.)",
        "Krippendorff's alpha is \(decimal(alpha, places: 2)): \(alphaVerdict(alpha)). (1 is full "
          + "agreement, 0 is no better than chance; from 0.80 it is good, from 0.67 fair.)")
    }
    return pick("Krippendorffs alfa: ", "Krippendorff's alpha: ")
      + alphaGap(figures.alphaGap, perCriterion: perCriterion) + "."
  }

  /// A short alpha for tables: `0,79`, or why there is none.
  func alphaShort(_ figures: AgreementFigures, perCriterion: Bool) -> String {
    figures.alpha.map { decimal($0, places: 2) }
      ?? alphaGap(figures.alphaGap, perCriterion: perCriterion)
  }

  /// `goed`, `redelijk` or `laag`, after Krippendorff's 0.80 and 0.67, judged
  /// on the value as shown (two decimals), so the word and the figure agree.
  func alphaVerdict(_ alpha: Double) -> String {
    let shown = (alpha * 100).rounded() / 100
    return shown >= 0.8
      ? pick("goed", "good") : shown >= 0.67 ? pick("redelijk", "fair") : pick("laag", "low")
  }

  /// Why alpha is missing.
  func alphaGap(_ gap: AgreementFigures.AlphaGap?, perCriterion: Bool) -> String {
    switch gap {
    case .tooFewUnits?:
      return perCriterion
        ? pick("pas vanaf 2 plannen", "needs 2 or more plans")
        : pick("te weinig vragen met twee oordelen", "too few questions with two judgements")
    case .noVariation?:
      return pick("iedereen gaf overal hetzelfde", "everyone gave the same everywhere")
    case nil:
      return "-"
    }
  }

  /// `eens in 2 van de 3 plannen · 83% gelijk`.
  func criterionSummary(_ figures: AgreementFigures) -> String {
    let base = pick(
      "eens in \(figures.unanimous) van de \(figures.units) plannen",
      "agreed in \(figures.unanimous) of \(figures.units) plans")
    guard let pairwise = figures.pairwise else { return base }
    return base + " · "
      + pick("\(percent(pairwise.exact)) gelijk", "\(percent(pairwise.exact)) same")
  }

  // MARK: - Rubric feedback

  /// `3× overgenomen, 1× hoger, 2× lager (50% veranderd)`.
  func feedbackCounts(kept: Int, up: Int, down: Int?, rate: Double) -> String {
    var parts = [
      pick("\(kept)× overgenomen", "\(kept)× kept"), pick("\(up)× hoger", "\(up)× higher"),
    ]
    if let down { parts.append(pick("\(down)× lager", "\(down)× lower")) }
    return parts.joined(separator: ", ")
      + pick(" (\(percent(rate)) veranderd)", " (\(percent(rate)) changed)")
  }

  /// The advice under the "found nothing" list.
  var unfiredHint: String {
    pick(
      "Gaven bewoners hier vaak een hoger niveau, dan mist het beoordelingskader woorden "
        + "die plannen gebruiken.",
      "Where residents often gave a higher level here, the rubric is missing words plans use.")
  }
}

// MARK: - Short labels

extension ReportStrings {
  /// `alfa` / `alpha`.
  var alphaWord: String { pick("alfa", "alpha") }
  /// Column headers of the Markdown tables.
  var agreedColumn: String { pick("Eens", "Agreed") }
  var sameColumn: String { pick("Gelijk", "Same") }
  var alphaColumn: String { pick("Alfa", "Alpha") }
  var planColumn: String { "Plan" }

  /// `eens over 7 van de 9 vragen`.
  func planSummary(_ figures: AgreementFigures) -> String {
    pick(
      "eens over \(figures.unanimous) van de \(figures.units) vragen",
      "agreed on \(figures.unanimous) of \(figures.units) questions")
  }
}

// MARK: - CSV

extension ReportStrings {
  /// The columns of the agreement CSV.
  var agreementCSVColumns: [String] {
    language == .nl
      ? [
        "soort", "id", "titel", "vragen", "eens", "paren", "gelijk_pct", "binnen_een_pct", "alfa",
        "zonder_alfa_omdat",
      ]
      : [
        "kind", "id", "title", "questions", "unanimous", "pairs", "exact_pct", "within_one_pct",
        "alpha", "no_alpha_because",
      ]
  }
  var csvCriterionKind: String { pick("vraag", "question") }
  var csvPlanKind: String { "plan" }
  var csvOverallKind: String { pick("totaal", "overall") }
}
