import Assessment
import Foundation
import PlanReading
import Scoring

/// The words of `scorecard agreement`, in Dutch (B1: short sentences, no
/// jargon) and English.
extension ReportStrings {
  // MARK: - Numbers and lists

  /// A share as a whole percentage: `81%`.
  func percent(_ share: Double) -> String {
    String(format: "%.0f%%", share * 100)
  }

  /// `Anna, Bram en Cor`.
  func list(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return items.dropLast().joined(separator: ", ") + pick(" en ", " and ") + last
  }

  /// A coder's name as shown: the assessor's name, or the scorecard.
  func coder(_ coder: AgreementCoder) -> String {
    coder.isEngine ? engineName : coder.name
  }

  /// A coder's name in a sentence: the assessor's name, or `de scorecard`.
  func coderInSentence(_ coder: AgreementCoder) -> String {
    coder.isEngine ? pick("de scorecard", "the scorecard") : coder.name
  }

  // MARK: - Headings and labels

  var agreementTitle: String { pick("Zijn jullie het eens?", "Do you agree?") }
  var engineName: String { pick("scorecard", "scorecard") }
  var perQuestion: String { pick("Per vraag", "Per question") }
  var perPlan: String { pick("Per plan", "Per plan") }
  var widest: String { pick("Waar jullie het meest verschillen", "Where you differ most") }
  var shownQuotes: String { pick("Wat de scorecard liet zien:", "What the scorecard showed:") }
  var noQuotes: String {
    pick(
      "De scorecard vond hier niets in het plan.", "The scorecard found nothing here in the plan.")
  }
  var agreed: String { pick("eens", "agreed") }
  var feedbackTitle: String {
    pick("Wat dit zegt over het beoordelingskader", "What this says about the rubric")
  }
  var feedbackIndicators: String {
    pick(
      "Per zoekterm: hoe vaak bewoners het niveau overnamen of veranderden",
      "Per indicator: how often residents kept or changed the level it gave")
  }
  var feedbackUnfired: String {
    pick("Vragen waar de scorecard niets vond", "Questions where the scorecard found nothing")
  }
  var notesTitle: String { pick("Let op", "Please note") }
  var skippedTitle: String { pick("Niet gelezen", "Not read") }
  var assessors: String { pick("Beoordeeld door", "Assessed by") }
  var plansWord: String { pick("Plannen", "Plans") }
  var noDisagreement: String {
    pick(
      "Op geen enkele vraag gaven jullie een ander niveau.",
      "On no question did you give different levels.")
  }

  /// `verschil 2` / `2 apart`.
  func apart(_ range: Int) -> String {
    pick("verschil \(range)", "\(range) apart")
  }

  /// `(alleen gezien door Anna)`.
  func onlyShownTo(_ names: [String]) -> String {
    pick("(alleen gezien door \(list(names)))", "(only shown to \(list(names)))")
  }

  /// The engine's level as a sentence (`De scorecard gaf 1`).
  func engineGave(_ level: Int?) -> String {
    let value = level.map(String.init) ?? notApplicable
    return pick("De scorecard gaf \(value).", "The scorecard gave \(value).")
  }

  /// How many disagreements the list leaves out, as a sentence; `hint`, in
  /// brackets, says how to list more.
  func moreDisagreements(_ count: Int, hint: String?) -> String {
    let brackets = hint.map { " (\($0))" } ?? ""
    return pick(
      "Nog \(count) \(count == 1 ? "vraag met verschil staat" : "vragen met verschil staan") "
        + "niet in deze lijst\(brackets).",
      "\(count) more \(count == 1 ? "question" : "questions") with differences are not listed"
        + "\(brackets).")
  }
}

// MARK: - Notes

extension ReportStrings {
  /// A note of the agreement report in this language.
  func agreementNote(_ note: AgreementNote) -> String {
    guard language == .nl else { return note.message }
    switch note {
    case .planVersions(let file, let hashes):
      return "Er zijn \(hashes.count) verschillende versies van \(file) beoordeeld. "
        + "Elke versie telt als een apart plan."
    case .rubricChanged(let plan, let versions):
      return "De beoordelingen van \(plan) zijn gemaakt met verschillende versies van het "
        + "beoordelingskader (\(versions.joined(separator: ", "))). De vragen kunnen anders "
        + "gesteld zijn."
    case .engineLevelsDiffer(let plan, let criterion, let levels, let used):
      let list = levels.map { $0.map(String.init) ?? notApplicable }.joined(separator: ", ")
      return "Bij \(plan) gaf de scorecard voor \(criterion) niet in elke beoordeling hetzelfde "
        + "niveau (\(list)). De scorecard of het beoordelingskader is tussendoor veranderd. "
        + "Het nieuwste niveau (\(used.map(String.init) ?? notApplicable)) telt."
    case .replaced(let plan, let assessor, let file):
      return "\(assessor) heeft \(plan) vaker beoordeeld. \(file) telt niet mee; "
        + "de laatst gegeven beoordeling wel."
    }
  }
}

// MARK: - Single plan

extension ReportStrings {
  /// Why the per-question table of one plan has no alpha.
  var alphaNeedsPlans: String {
    language == .nl
      ? "Krippendorffs alfa per vraag kan pas vanaf 2 plannen; hierboven staat wie wat gaf."
      : "Krippendorff's alpha per question needs 2 or more plans; above is who gave what."
  }
}
