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

  /// The Dutch or the English text, by the report's language.
  package func pick(_ nl: String, _ en: String) -> String {
    language == .nl ? nl : en
  }

  package var scorecard: String { pick("Participatie-scorecard", "Participation scorecard") }
  package var municipality: String { pick("Gemeente", "Municipality") }
  package var area: String { pick("Wijk", "Area") }
  package var year: String { pick("Jaar", "Year") }
  package var kind: String { pick("Soort", "Kind") }
  package var planStatus: String { pick("Status", "Status") }
  package var rubric: String { pick("Beoordelingskader", "Rubric") }
  package var grade: String { pick("Rapportcijfer", "Report grade") }
  package var passed: String { pick("voldoende", "pass") }
  package var failed: String { pick("onvoldoende", "fail") }
  package var index: String { pick("index", "index") }
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
  package var advice: String {
    pick("Wat de gemeente kan toevoegen", "What the municipality can add")
  }
  package var warnings: String {
    pick("Waarschuwingen: tekenen van schijnparticipatie", "Warnings: signs of sham participation")
  }
  package var notApplicable: String { pick("n.v.t.", "n/a") }
  package var weight: String { pick("weegt", "weight") }
  package var line: String { pick("regel", "line") }
  package var page: String { pick("blz.", "p.") }
  package var notes: String { pick("Opmerkingen bij het lezen", "Reading notes") }
  package var cappedBecause: String { pick("Begrensd", "Capped") }
  package var scored: String { pick("gescoord", "scored") }
  package var sentences: String { pick("zinnen", "sentences") }
  package var engine: String { pick("engine", "engine") }

  /// The explanation of a failed condition.
  package func condition(_ raw: String) -> String {
    switch raw {
    case "not_negated": return pick("ontkend", "negated")
    case "not_hedged": return pick("voorbehoud", "hedged")
    case "specific": return pick("niet concreet", "not specific")
    case "resident_actor":
      return pick("bewoners niet de handelende partij", "residents not the actor")
    case "residents_mentioned": return pick("geen bewoners genoemd", "no residents mentioned")
    case "done": return pick("nog niet gebeurd", "not yet done")
    default: return raw
    }
  }

  /// A reading or scoring note in this language (known codes are translated).
  package func note(_ note: ScorecardNote) -> String {
    guard language == .nl else { return note.message }
    switch note.code {
    case "encoding_fallback":
      return "Het bestand was geen geldige UTF-8 en is gelezen als Windows-1252."
    case "no_prose":
      return
        "Het document bevat geen alinea's of opsommingen: er is geen plantekst om te beoordelen."
    case "language_detected":
      return "Er was geen taal opgegeven; de taal is afgeleid uit de tekst."
    case "format_sniffed":
      return "De bestandsnaam past niet bij de inhoud; het bestand is gelezen naar zijn inhoud."
    case "entities_not_expanded":
      return "Het XML-bestand declareert entiteiten; die zijn om veiligheidsredenen niet ingevuld."
    case "front_matter_value_ignored":
      guard let line = note.arguments?["line"], let key = note.arguments?["key"],
        let value = note.arguments?["value"], let field = note.arguments?["field"]
      else { return note.message }
      let why =
        switch field {
        case "year": "een jaar is vier cijfers van 1900 tot 2099, zoals 2025"
        case "kind":
          "geen bekende soort; gebruik een van "
            + DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
        default:
          "geen bekende taal; gebruik nl of en (of laat het weg: dan wordt de taal uit de tekst afgeleid)"
        }
      return "Regel \(line): `\(key): \(value)` is niet gebruikt: \(why)."
    case "vocabulary_fallback":
      return "Het beoordelingskader heeft geen woordenlijst in de taal van het plan; "
        + "de woordenlijst van de standaardtaal is gebruikt."
    case "resident_body":
      guard let name = note.arguments?["name"], let line = note.arguments?["line"],
        let tie = note.arguments?["tie"], let noun = note.arguments?["noun"]
      else { return note.message }
      return "“\(name)” (regel \(line)) is opgevat als een organisatie van bewoners zelf: "
        + "“\(tie)”. Vanaf die zin tellen de naam en “\(noun)” als bewoners."
    case "sentence_capped":
      guard let count = note.arguments?["count"], let line = note.arguments?["line"],
        let limit = note.arguments?["limit"]
      else { return note.message }
      return "\(count) stuk(ken) tekst zonder zinseinde (het eerste op regel \(line)) waren "
        + "langer dan \(limit) bytes en zijn in stukken van hoogstens die lengte geknipt; "
        + "ontkenning, voorbehoud en actoren worden niet over een knip heen gezocht."
    default:
      return note.message
    }
  }

  /// The text of a per-language dictionary in this language, or any.
  package func text(_ values: [String: String]) -> String {
    values[language.rawValue] ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
  }
}
