import Foundation
import PlanReading

/// The labels of the batch outputs (index page, summary, comparison) and of
/// the HTML report, in Dutch and English.
extension ReportStrings {
  // MARK: - Numbers

  /// A grade or another number with `places` decimals: `7,4` in Dutch, `7.4`
  /// in English.
  package func decimal(_ value: Double, places: Int = 1) -> String {
    localiser.decimal(value, places: places)
  }

  /// A weight: `2` for whole numbers, else `1,5` in Dutch and `1.5` in English.
  package func weightValue(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : decimal(value)
  }

  /// A signed change with one decimal: `+1,2`, `-0,5`, `0,0`.
  package func change(_ value: Double) -> String {
    (value > 0.04 ? "+" : "") + decimal(value)
  }

  /// `ja` / `yes` or `nee` / `no`.
  package func yesNo(_ value: Bool) -> String {
    value ? pick("ja", "yes") : pick("nee", "no")
  }

  // MARK: - Index page

  package var comparisonTitle: String {
    pick("Participatie-scorecard: vergelijking", "Participation scorecard: comparison")
  }
  package var ranking: String { pick("Ranglijst", "Ranking") }
  package var place: String { pick("Plaats", "Place") }
  package var plan: String { pick("Gemeente of plan", "Municipality or plan") }
  package var verdict: String { pick("Oordeel", "Result") }
  package var rungShort: String { pick("Trede", "Rung") }
  package var report: String { pick("Rapport", "Report") }
  package var card: String { pick("De kaart: criteria per plan", "The card: criteria per plan") }
  package var chart: String { pick("Rapportcijfers", "Report grades") }
  package var notScored: String { pick("Niet beoordeeld", "Not scored") }
  package var file: String { pick("Bestand", "File") }
  package var reason: String { pick("Reden", "Reason") }
  package var plansCount: String { pick("plannen", "plans") }
  package var passMark: String { pick("voldoende vanaf", "pass mark") }
  package var histogramAxis: String {
    pick(
      "rapportcijfer in stappen van 0,5; de hoogte is het aantal plannen",
      "report grade in steps of 0.5; the height is the number of plans")
  }
  package var legend: String {
    pick(
      "Per criterium het niveau dat het plan haalt: 0 afwezig, 1 vaag of alleen beloofd, "
        + "2 concreet en controleerbaar (hoger is beter). De kleur herhaalt het cijfer.",
      "Per criterion the level the plan reaches: 0 absent, 1 vague or only promised, "
        + "2 concrete and checkable (higher is better). The colour repeats the number.")
  }
  package var inspiredBy: String {
    pick(
      "Geïnspireerd op de Kwaliteitskaart Bewonersparticipatie van LSA (2008, 2009); "
        + "geen reproductie van de methode van LSA.",
      "Inspired by LSA's Kwaliteitskaart Bewonersparticipatie (2008, 2009); "
        + "not a reproduction of LSA's method.")
  }

  /// `14 plannen beoordeeld, 2 niet beoordeeld` and the like.
  package func batchSummary(scored: Int, failed: Int) -> String {
    let first = pick("\(scored) plannen beoordeeld", "\(scored) plans scored")
    guard failed > 0 else { return first }
    return first + pick(", \(failed) niet beoordeeld", ", \(failed) not scored")
  }

  // MARK: - Summary CSV

  /// The fixed column names of `summary.csv`, before the criterion columns.
  package var csvLeadingColumns: [String] {
    language == .nl
      ? [
        "plaats", "bestand", "titel", "gemeente", "wijk", "jaar", "soort", "cijfer", "voldoende",
        "trede",
      ]
      : ["place", "file", "title", "municipality", "area", "year", "kind", "grade", "pass", "rung"]
  }
  package var csvError: String { pick("fout", "error") }

  // MARK: - HTML report

  package var details: String { pick("Gegevens", "Details") }
  package var levelWord: String { pick("niveau", "level") }
  package var title: String { pick("Titel", "Title") }
  package var backToIndex: String { pick("Terug naar de vergelijking", "Back to the comparison") }

  // MARK: - Comparison

  package var editionTitle: String {
    pick("Vergelijking van twee edities", "Comparison of two editions")
  }
  package var planTitle: String {
    pick("Vergelijking van twee versies van een plan", "Comparison of two versions of a plan")
  }
  package var inBoth: String { pick("in beide edities", "in both editions") }
  package var then: String { pick("toen", "then") }
  package var now: String { pick("nu", "now") }
  package var changeWord: String { pick("verschil", "change") }
  package var rose: String { pick("gestegen", "rose") }
  package var fell: String { pick("gedaald", "fell") }
  package var added: String { pick("Nieuw in deze editie", "New in this edition") }
  package var dropped: String { pick("Niet meer in deze editie", "Dropped from this edition") }
  package var baseline: String { pick("Basis", "Baseline") }
  package var current: String { pick("Nieuw", "New") }
  package var unchanged: String { pick("geen wijziging", "no change") }
  package var appeared: String { pick("Nieuw bewijs", "Evidence that appeared") }
  package var disappeared: String { pick("Verdwenen bewijs", "Evidence that disappeared") }
  package var oneSided: String { pick("n.v.t. aan één kant", "n/a on one side") }
  package var municipalityOnly: String {
    pick("alleen op gemeente gekoppeld", "paired by municipality only")
  }
  package var differentRubrics: String {
    pick(
      "Let op: de twee kanten zijn met verschillende beoordelingskaders of engineversies "
        + "gescoord; verschillen kunnen daaruit komen.",
      "Note: the two sides were scored with different rubrics or engine versions; "
        + "differences may come from that.")
  }
}
