import PlanReading
import Scoring

/// The fixed labels of the reports, in Dutch and English.
struct ReportStrings {
  /// The language of the labels.
  let language: PlanLanguage

  /// The one localisation mechanism, in the report's language.
  var localiser: Localiser { Localiser(language: language) }

  /// The Dutch or the English text, by the report's language.
  func pick(_ nl: String, _ en: String) -> String {
    localiser.pick(nl, en)
  }

  var scorecard: String { pick("Participatie-scorecard", "Participation scorecard") }
  var municipality: String { pick("Gemeente", "Municipality") }
  var area: String { pick("Wijk", "Area") }
  var year: String { pick("Jaar", "Year") }
  var kind: String { pick("Soort", "Kind") }
  var rubric: String { pick("Beoordelingskader", "Rubric") }
  /// The rubric as a card for residents names it.
  var rubricOnCard: String { pick("Vragenlijst", "Rubric") }
  var grade: String { pick("Rapportcijfer", "Report grade") }
  var passed: String { pick("voldoende", "pass") }
  var failed: String { pick("onvoldoende", "fail") }
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
    pick(
      "Let op: tekenen van schijnparticipatie (meepraten zonder echte invloed)",
      "Warnings: signs of sham participation")
  }
  var notApplicable: String { pick("n.v.t.", "n/a") }
  var weight: String { pick("weegt", "weight") }
  var line: String { pick("regel", "line") }
  var page: String { pick("blz.", "p.") }
  var notes: String { pick("Opmerkingen bij het lezen", "Reading notes") }
  var cappedBecause: String { pick("Waarom het cijfer niet hoger is", "Why the grade is not higher") }
  var scored: String { pick("gescoord", "scored") }
  var sentences: String { pick("zinnen", "sentences") }
  var engine: String { pick("engine", "engine") }

  /// Why a match did not count, in plain words.
  func condition(_ raw: String) -> String {
    let code = "condition.\(raw)"
    return MessageCatalogue.contains(code) ? localiser.say(code) : raw
  }

  /// A reading or scoring note in this language: the note's own English
  /// message, or the catalogue's Dutch text for its code.
  func note(_ note: ScorecardNote) -> String {
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
    ]
    guard needed[note.code, default: []].allSatisfy({ arguments[$0] != nil }) else {
      return note.message
    }
    return localiser.say("note.\(note.code)", arguments)
  }

  /// The resident's word for a kind of document; `nil` for `other`.
  func kindName(_ kind: DocumentKind) -> String? {
    localiser.kindName(kind)
  }

  /// The text of a per-language dictionary in this language, or any.
  func text(_ values: [String: String]) -> String {
    values[language.rawValue] ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
  }
}
