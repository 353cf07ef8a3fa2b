import Foundation
import PlanReading

/// The labels of the batch outputs (index page, summary, comparison) and of
/// the HTML report, in Dutch and English.
extension ReportStrings {
  private func say(_ nl: String, _ en: String) -> String {
    language == .nl ? nl : en
  }

  // MARK: - Numbers

  /// A grade or other one-decimal number: `7,4` in Dutch, `7.4` in English.
  func decimal(_ value: Double) -> String {
    let text = String(format: "%.1f", value)
    return language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
  }

  /// A signed change with one decimal: `+1,2`, `-0,5`, `0,0`.
  func change(_ value: Double) -> String {
    (value > 0.04 ? "+" : "") + decimal(value)
  }

  /// `ja` / `yes` or `nee` / `no`.
  func yesNo(_ value: Bool) -> String {
    value ? say("ja", "yes") : say("nee", "no")
  }

  // MARK: - Index page

  var comparisonTitle: String {
    say("Participatie-scorecard: vergelijking", "Participation scorecard: comparison")
  }
  var ranking: String { say("Ranglijst", "Ranking") }
  var place: String { say("Plaats", "Place") }
  var plan: String { say("Gemeente of plan", "Municipality or plan") }
  var verdict: String { say("Oordeel", "Result") }
  var rungShort: String { say("Trede", "Rung") }
  var report: String { say("Rapport", "Report") }
  var card: String { say("De kaart: criteria per plan", "The card: criteria per plan") }
  var chart: String { say("Rapportcijfers", "Report grades") }
  var notScored: String { say("Niet beoordeeld", "Not scored") }
  var file: String { say("Bestand", "File") }
  var reason: String { say("Reden", "Reason") }
  var plansCount: String { say("plannen", "plans") }
  var passMark: String { say("voldoende vanaf", "pass mark") }
  var histogramAxis: String {
    say(
      "rapportcijfer in stappen van 0,5; de hoogte is het aantal plannen",
      "report grade in steps of 0.5; the height is the number of plans")
  }
  var legend: String {
    say(
      "Per criterium het niveau dat het plan haalt: 0 afwezig, 1 vaag of alleen beloofd, "
        + "2 concreet en controleerbaar (hoger is beter). De kleur herhaalt het cijfer.",
      "Per criterion the level the plan reaches: 0 absent, 1 vague or only promised, "
        + "2 concrete and checkable (higher is better). The colour repeats the number.")
  }
  var inspiredBy: String {
    say(
      "Geïnspireerd op de Kwaliteitskaart Bewonersparticipatie van LSA (2008, 2009); "
        + "geen reproductie van de methode van LSA.",
      "Inspired by LSA's Kwaliteitskaart Bewonersparticipatie (2008, 2009); "
        + "not a reproduction of LSA's method.")
  }

  /// `14 plannen beoordeeld, 2 niet beoordeeld` and the like.
  func batchSummary(scored: Int, failed: Int) -> String {
    let first = say("\(scored) plannen beoordeeld", "\(scored) plans scored")
    guard failed > 0 else { return first }
    return first + say(", \(failed) niet beoordeeld", ", \(failed) not scored")
  }

  // MARK: - Summary CSV

  /// The fixed column names of `summary.csv`, before the criterion columns.
  var csvLeadingColumns: [String] {
    language == .nl
      ? ["plaats", "bestand", "gemeente", "wijk", "jaar", "soort", "cijfer", "voldoende", "trede"]
      : ["place", "file", "municipality", "area", "year", "kind", "grade", "pass", "rung"]
  }
  var csvError: String { say("fout", "error") }

  // MARK: - HTML report

  var details: String { say("Gegevens", "Details") }
  var levelWord: String { say("niveau", "level") }
  var title: String { say("Titel", "Title") }
  var engineVersion: String { say("Engineversie", "Engine version") }
  var scoredText: String { say("Gescoord", "Scored") }
  var backToIndex: String { say("Terug naar de vergelijking", "Back to the comparison") }

  // MARK: - Comparison

  var editionTitle: String { say("Vergelijking van twee edities", "Comparison of two editions") }
  var planTitle: String {
    say("Vergelijking van twee versies van een plan", "Comparison of two versions of a plan")
  }
  var inBoth: String { say("in beide edities", "in both editions") }
  var then: String { say("toen", "then") }
  var now: String { say("nu", "now") }
  var changeWord: String { say("verschil", "change") }
  var rose: String { say("gestegen", "rose") }
  var fell: String { say("gedaald", "fell") }
  var added: String { say("Nieuw in deze editie", "New in this edition") }
  var dropped: String { say("Niet meer in deze editie", "Dropped from this edition") }
  var baseline: String { say("Basis", "Baseline") }
  var current: String { say("Nieuw", "New") }
  var unchanged: String { say("geen wijziging", "no change") }
  var appeared: String { say("Nieuw bewijs", "Evidence that appeared") }
  var disappeared: String { say("Verdwenen bewijs", "Evidence that disappeared") }
  var differentRubrics: String {
    say(
      "Let op: de twee kanten zijn met verschillende beoordelingskaders of engineversies "
        + "gescoord; verschillen kunnen daaruit komen.",
      "Note: the two sides were scored with different rubrics or engine versions; "
        + "differences may come from that.")
  }
}
