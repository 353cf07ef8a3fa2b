import Assessment
import PlanReading
import Scoring

/// The labels of merged cards (residents' levels next to the engine's), in
/// Dutch and English: B1 Dutch, short and without jargon.
extension ReportStrings {
  // MARK: - Sources and levels

  /// Where a criterion's level comes from: `bewoners` or `scorecard`.
  package func source(_ source: LevelSource) -> String {
    switch source {
    case .residents: return pick("bewoners", "residents")
    case .engine: return pick("scorecard", "engine")
    }
  }

  /// Where a card's levels come from: residents when at least one criterion
  /// takes their level, else the engine.
  package func source(of card: Scorecard) -> String {
    source(card.criteria.contains { $0.assessment?.source == .residents } ? .residents : .engine)
  }

  package var sourceWord: String { pick("Bron", "Source") }
  package var engineWord: String { pick("scorecard", "engine") }
  package var residentsWord: String { pick("Bewoners", "Residents") }
  package var assessorWord: String { pick("Beoordelaar", "Assessor") }
  package var remarkWord: String { pick("Opmerking", "Remark") }
  package var agreesWithEngine: String { pick("eens met de scorecard", "agrees with the engine") }
  package var noJudgement: String {
    pick(
      "Geen bewoner gaf hier een oordeel; het niveau van de scorecard telt.",
      "No resident judged this; the engine's level counts.")
  }

  /// `bewoners (de scorecard gaf 1/2)`, or `scorecard` when the level is the
  /// engine's: where a criterion's level comes from, for one line.
  package func source(of assessment: CriterionAssessment, maxLevel: Int) -> String {
    guard assessment.source == .residents else { return source(.engine) }
    let engine = level(assessment.engineLevel, of: maxLevel)
    return source(.residents)
      + pick(" (de scorecard gaf \(engine))", " (the engine gave \(engine))")
  }

  /// A level as `2/2`, or n.v.t. when there is none.
  package func level(_ level: Int?, of maxLevel: Int) -> String {
    level.map { "\($0)/\(maxLevel)" } ?? notApplicable
  }

  // MARK: - Header

  package var engineGrade: String { pick("Cijfer van de scorecard alleen", "Engine's grade alone") }
  package var assessedBy: String { pick("Beoordeeld door bewoners", "Assessed by residents") }
  package var mergeRule: String { pick("Zo is het cijfer berekend", "How the grade was computed") }

  /// `Anna, 2026-11-29 (anna.json)`.
  package func assessor(_ entry: AssessorEntry) -> String {
    "\(entry.name), \(entry.date) (\(entry.file))"
  }

  /// A note about one assessment in this language (known codes are translated).
  package func assessmentNote(_ note: ScorecardNote, of entry: AssessorEntry) -> String {
    guard language == .nl else { return note.message }
    switch AssessmentDrift.Code(rawValue: note.code) {
    case .planChanged:
      return "Het plan is veranderd sinds \(entry.name) het beoordeelde op \(entry.date). "
        + "Kijk of de niveaus nog kloppen."
    case .rubricChanged:
      return "Het beoordelingskader is veranderd sinds de beoordeling. "
        + "De vragen kunnen toen anders zijn gesteld."
    case .unknownCriterion:
      let id = note.arguments?["criterion"].map { " '\($0)'" } ?? ""
      return "Het beoordelingskader heeft het criterium\(id) niet meer. "
        + "Dat oordeel telt niet mee."
    case .replaced:
      return "Er is ook een latere beoordeling van \(entry.name). Deze telt niet mee."
    case nil:
      return note.message
    }
  }

  // MARK: - Batch outputs

  /// The columns `summary.csv` adds at the end when a plan has a merged card.
  package var csvAssessmentColumns: [String] {
    language == .nl
      ? ["bron", "cijfer_scorecard", "beoordelaars"] : ["source", "engine_grade", "assessors"]
  }
  package var engineGradeColumn: String { pick("Cijfer scorecard", "Engine grade") }
  package var unusedAssessments: String {
    pick("Beoordelingen van bewoners die niet gebruikt zijn", "Assessments not used")
  }
}
