import PlanReading

/// The fixed labels of the reports, in Dutch and English.
struct ReportStrings {
  /// The language of the labels.
  let language: PlanLanguage

  private func pick(_ nl: String, _ en: String) -> String {
    language == .nl ? nl : en
  }

  var scorecard: String { pick("Participatie-scorecard", "Participation scorecard") }
  var municipality: String { pick("Gemeente", "Municipality") }
  var area: String { pick("Wijk", "Area") }
  var year: String { pick("Jaar", "Year") }
  var kind: String { pick("Soort", "Kind") }
  var rubric: String { pick("Beoordelingskader", "Rubric") }
  var grade: String { pick("Rapportcijfer", "Report grade") }
  var passed: String { pick("voldoende", "pass") }
  var failed: String { pick("onvoldoende", "fail") }
  var index: String { pick("index", "index") }
  var ladder: String { pick("Participatieladder", "Participation ladder") }
  var rung: String { pick("trede", "rung") }
  var criteria: String { pick("Criteria", "Criteria") }
  var perCriterion: String { pick("Per criterium", "Per criterion") }
  var question: String { pick("Vraag", "Question") }
  var evidence: String { pick("Bewijs uit het plan", "Evidence from the plan") }
  var noEvidence: String {
    pick("Niets gevonden in het plan.", "Nothing found in the plan.")
  }
  var discounted: String { pick("Gevonden maar niet meegeteld", "Found but not counted") }
  var advice: String { pick("Wat de gemeente kan toevoegen", "What the municipality can add") }
  var warnings: String {
    pick("Waarschuwingen: tekenen van schijnparticipatie", "Warnings: signs of sham participation")
  }
  var notApplicable: String { pick("n.v.t.", "n/a") }
  var weight: String { pick("weegt", "weight") }
  var line: String { pick("regel", "line") }
  var notes: String { pick("Opmerkingen bij het lezen", "Reading notes") }
  var cappedBecause: String { pick("Begrensd", "Capped") }
  var scored: String { pick("gescoord", "scored") }
  var sentences: String { pick("zinnen", "sentences") }
  var engine: String { pick("engine", "engine") }

  /// The explanation of a failed condition.
  func condition(_ raw: String) -> String {
    switch raw {
    case "not_negated": return pick("ontkend", "negated")
    case "not_hedged": return pick("voorbehoud", "hedged")
    case "specific": return pick("niet concreet", "not specific")
    case "resident_actor": return pick("bewoners niet de handelende partij", "residents not the actor")
    case "residents_mentioned": return pick("geen bewoners genoemd", "no residents mentioned")
    case "done": return pick("nog niet gebeurd", "not yet done")
    default: return raw
    }
  }

  /// The text of a per-language dictionary in this language, or any.
  func text(_ values: [String: String]) -> String {
    values[language.rawValue] ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
  }
}
