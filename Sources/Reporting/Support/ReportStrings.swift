import PlanReading
import Scoring

/// The fixed labels of the reports, in Dutch and English.
package struct ReportStrings {
  /// The language of the labels.
  package let language: PlanLanguage

  /// Labels in a language.
  package init(language: PlanLanguage) {
    self.language = language
  }

  /// The one localisation mechanism, in the report's language.
  package var localiser: Localiser { Localiser(language: language) }

  /// The Dutch or the English text, by the report's language.
  package func pick(_ nl: String, _ en: String) -> String {
    localiser.pick(nl, en)
  }

  package var scorecard: String { pick("Participatie-scorecard", "Participation scorecard") }
  package var municipality: String { pick("Gemeente", "Municipality") }
  package var area: String { pick("Wijk", "Area") }
  package var year: String { pick("Jaar", "Year") }
  package var kind: String { pick("Soort", "Kind") }
  package var planStatus: String { pick("Status", "Status") }
  package var rubric: String { pick("Beoordelingskader", "Rubric") }
  /// The rubric as a card for residents names it.
  package var rubricOnCard: String { pick("Vragenlijst", "Rubric") }
  package var grade: String { pick("Rapportcijfer", "Report grade") }
  package var passed: String { pick("voldoende", "pass") }
  package var failed: String { pick("onvoldoende", "fail") }
  package var ladder: String { pick("Participatieladder", "Participation ladder") }
  package var rung: String { pick("trede", "rung") }
  package var criteria: String { pick("Criteria", "Criteria") }
  package var perCriterion: String { pick("Per criterium", "Per criterion") }
  package var question: String { pick("Vraag", "Question") }
  package var evidence: String { pick("Bewijs uit het plan", "Evidence from the plan") }
  package var noEvidence: String {
    pick("Niets gevonden in het plan.", "Nothing found in the plan.")
  }
  package var discounted: String { pick("Gevonden maar niet meegeteld", "Found but not counted") }
  package var advice: String { pick("Wat de gemeente kan toevoegen", "What the municipality can add") }
  package var warnings: String {
    pick(
      "Let op: tekenen van schijnparticipatie (meepraten zonder echte invloed)",
      "Warnings: signs of sham participation")
  }
  package var notApplicable: String { pick("n.v.t.", "n/a") }
  package var weight: String { pick("weegt", "weight") }
  package var line: String { pick("regel", "line") }
  package var page: String { pick("blz.", "p.") }
  package var notes: String { pick("Opmerkingen bij het lezen", "Reading notes") }
  package var cappedBecause: String { pick("Waarom het cijfer niet hoger is", "Why the grade is not higher") }
  package var scored: String { pick("gescoord", "scored") }
  package var sentences: String { pick("zinnen", "sentences") }
  package var engine: String { pick("engine", "engine") }

  /// Why a match did not count, in plain words.
  package func condition(_ raw: String) -> String {
    let code = "condition.\(raw)"
    return MessageCatalogue.contains(code) ? localiser.say(code) : raw
  }

  /// A reading or scoring note in this language: the note's own English
  /// message, or the catalogue's Dutch text for its code.
  package func note(_ note: ScorecardNote) -> String {
    guard language == .nl, MessageCatalogue.contains("note.\(note.code)") else {
      return note.message
    }
    var arguments = note.arguments ?? [:]
    if note.code == "front_matter_value_ignored" {
      guard let field = arguments["field"] else { return note.message }
      let why = "note.front_matter_value_ignored.\(field)"
      arguments["why"] = localiser.say(
        MessageCatalogue.contains(why) ? why : "note.front_matter_value_ignored.language",
        ["kinds": DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")])
    }
    let needed = [
      "front_matter_value_ignored": ["line", "key", "value"],
      "resident_body": ["name", "line", "tie", "noun"],
      "sentence_capped": ["count", "line", "limit"],
    ]
    guard needed[note.code, default: []].allSatisfy({ arguments[$0] != nil }) else {
      return note.message
    }
    return localiser.say("note.\(note.code)", arguments)
  }

  /// The resident's word for a kind of document; `nil` for `other`.
  package func kindName(_ kind: DocumentKind) -> String? {
    localiser.kindName(kind)
  }

  /// The resident's word for a plan's status in its procedure.
  package func statusName(_ status: PlanStatus?) -> String? {
    status.map(localiser.statusName)
  }

  /// The text of a per-language dictionary in this language, or any.
  package func text(_ values: [String: String]) -> String {
    values[language.rawValue] ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
  }
}
