/// The one bilingual catalogue of coded messages: every entry holds its Dutch
/// and its English text side by side, with `{name}` placeholders filled from a
/// ``Message``'s arguments. Dutch is written at B1 level (short sentences,
/// everyday words).
public enum MessageCatalogue {
  /// One entry: the Dutch and the English template.
  public struct Entry: Sendable, Equatable {
    /// The Dutch template.
    public let nl: String
    /// The English template.
    public let en: String

    /// The template in `language`.
    public func template(in language: PlanLanguage) -> String {
      language == .nl ? nl : en
    }
  }

  /// Whether the catalogue holds `code`.
  public static func contains(_ code: String) -> Bool {
    entries[code] != nil
  }

  /// The message in `language`; an unknown code renders as itself.
  public static func render(_ message: Message, in language: PlanLanguage) -> String {
    guard let entry = entries[message.code] else { return message.code }
    return fill(entry.template(in: language), with: message.arguments)
  }

  /// The template with each `{name}` that has an argument replaced by it, in
  /// one pass: text that comes in with an argument is never filled again.
  ///
  /// The template is searched on its UTF-8 bytes: in the catalogue's
  /// templates every brace is a `Character` of its own (a test checks).
  static func fill(_ template: String, with arguments: [String: String]) -> String {
    var template = template
    return template.withUTF8 { bytes in
      var text = ""
      var literal = 0
      var index = 0
      while index < bytes.count {
        guard bytes[index] == UInt8(ascii: "{") else {
          index += 1
          continue
        }
        var close = index + 1
        while close < bytes.count, bytes[close] != UInt8(ascii: "}") { close += 1 }
        guard close < bytes.count,
          let value = arguments[
            String(decoding: UnsafeBufferPointer(rebasing: bytes[index + 1..<close]), as: UTF8.self)
          ]
        else {
          index += 1
          continue
        }
        text += String(
          decoding: UnsafeBufferPointer(rebasing: bytes[literal..<index]), as: UTF8.self)
        text += value
        index = close + 1
        literal = index
      }
      return text
        + String(decoding: UnsafeBufferPointer(rebasing: bytes[literal...]), as: UTF8.self)
    }
  }

  /// All entries by code.
  public static let entries: [String: Entry] = notes
    .merging(kinds) { first, _ in first }
    .merging(statuses) { first, _ in first }
    .merging(conditions) { first, _ in first }
    .merging(decision) { first, _ in first }
    .merging(readingErrors) { first, _ in first }
    .merging(answersErrors) { first, _ in first }

  // MARK: - Reading and scoring notes

  /// The notes readers and the scorer attach to a plan, by `note.` + code.
  static let notes: [String: Entry] = [
    "note.encoding_fallback": Entry(
      nl: "Het bestand was geen geldige UTF-8. Het is gelezen als Windows-1252.",
      en: "The file was not valid UTF-8. It was read as Windows-1252."),
    "note.no_prose": Entry(
      nl: "Het document heeft geen alinea's of opsommingen. Er is dus geen plantekst om te beoordelen.",
      en: "The document holds no paragraphs or list items: there is no plan text to score."),
    "note.language_detected": Entry(
      nl: "Er was geen taal opgegeven. De taal is afgeleid uit de tekst.",
      en: "No language was declared; the language was derived from the text."),
    "note.format_sniffed": Entry(
      nl: "De bestandsnaam past niet bij de inhoud. Het bestand is gelezen zoals de inhoud is.",
      en: "The file name does not match the content; the file was read by its content."),
    "note.entities_not_expanded": Entry(
      nl: "Het XML-bestand gebruikt entiteiten. Die zijn om veiligheidsredenen niet ingevuld.",
      en: "The XML uses entities; for safety they were not expanded."),
    "note.front_matter_value_ignored": Entry(
      nl: "Regel {line}: `{key}: {value}` is niet gebruikt: {why}.",
      en: "line {line}: `{key}: {value}` was not used: {why}"),
    "note.front_matter_value_ignored.year": Entry(
      nl: "een jaar is vier cijfers van 1900 tot 2099, zoals 2025",
      en: "a year is four digits from 1900 to 2099, such as 2025"),
    "note.front_matter_value_ignored.kind": Entry(
      nl: "geen bekende soort; gebruik een van {kinds}",
      en: "not a known kind; use one of {kinds}"),
    "note.front_matter_value_ignored.language": Entry(
      nl: "geen bekende taal; gebruik nl of en (of laat het weg: dan wordt de taal uit de tekst afgeleid)",
      en: "not a known language; use nl or en (or leave it out: the language is then detected from the text)"),
    "note.vocabulary_fallback": Entry(
      nl: "Er is geen woordenlijst in de taal van het plan. Daarom is de woordenlijst van de standaardtaal gebruikt.",
      en: "The rubric has no vocabulary in the plan's language; the default language's vocabulary was used."),
    "note.resident_body": Entry(
      nl: "“{name}” (regel {line}) is opgevat als een organisatie van bewoners zelf: “{tie}”. "
        + "Vanaf die zin tellen de naam en “{noun}” als bewoners.",
      en: "“{name}” (line {line}) is taken to be the residents' own body: “{tie}”. "
        + "From that sentence on, its name and “{noun}” count as residents."),
    "note.sentence_capped": Entry(
      nl: "{count} stuk(ken) tekst zonder zinseinde (het eerste op regel {line}) waren langer "
        + "dan {limit} bytes en zijn in stukken van hoogstens die lengte geknipt; ontkenning, "
        + "voorbehoud en actoren worden niet over een knip heen gezocht.",
      en: "{count} run(s) of text without a sentence end (the first at line {line}) were longer "
        + "than {limit} bytes and were cut into pieces of at most that length; negations, hedges "
        + "and actors are not looked for across a cut."),
  ]

  // MARK: - Kinds of document

  /// The resident's word for each kind of document, by `kind.` + raw value.
  static let kinds: [String: Entry] = [
    "kind.wijkactieplan": Entry(nl: "wijkplan", en: "neighbourhood plan"),
    "kind.omgevingsvisie": Entry(nl: "omgevingsvisie", en: "environment vision"),
    "kind.omgevingsplan": Entry(nl: "omgevingsplan", en: "environment plan"),
    "kind.bestemmingsplan": Entry(nl: "bestemmingsplan", en: "zoning plan"),
    "kind.programma": Entry(nl: "programma", en: "programme"),
    "kind.participatieverslag": Entry(
      nl: "verslag van de participatie", en: "participation report"),
    "kind.verordening": Entry(nl: "regels van de gemeente", en: "regulation"),
    "kind.other": Entry(nl: "ander soort plan", en: "other kind of plan"),
  ]

  // MARK: - Where a plan stands in its procedure

  /// The resident's word for each status, by `status.` + raw value.
  static let statuses: [String: Entry] = [
    "status.voorontwerp": Entry(nl: "voorontwerp", en: "preliminary draft"),
    "status.ontwerp": Entry(nl: "ontwerp", en: "draft"),
    "status.vastgesteld": Entry(nl: "vastgesteld", en: "adopted"),
    "status.onherroepelijk": Entry(nl: "onherroepelijk", en: "final, beyond appeal"),
    "status.geconsolideerd": Entry(nl: "geconsolideerd", en: "consolidated"),
  ]

  // MARK: - Why a sentence did not count

  /// Why a match did not count, in plain words, by `condition.` + condition.
  static let conditions: [String: Entry] = [
    "condition.not_negated": Entry(
      nl: "de zin zegt dat het níet gebeurt", en: "the sentence says it does not happen"),
    "condition.not_hedged": Entry(
      nl: "de zin houdt een slag om de arm (zoals “waar mogelijk”)",
      en: "the sentence hedges (such as “where possible”)"),
    "condition.specific": Entry(
      nl: "de zin is niet concreet (geen bedrag, datum of naam)",
      en: "the sentence is not specific (no amount, date or name)"),
    "condition.resident_actor": Entry(
      nl: "niet de bewoners doen het, maar een ander",
      en: "someone other than the residents does it"),
    "condition.residents_mentioned": Entry(
      nl: "de zin noemt geen bewoners", en: "the sentence does not mention residents"),
    "condition.done": Entry(
      nl: "het is nog niet gebeurd", en: "it has not happened yet"),
  ]

  // MARK: - How the engine decided

  /// The fold-away part of a card for readers who want the details.
  static let decision: [String: Entry] = [
    "decision.title": Entry(nl: "Hoe het programma besliste", en: "How the engine decided"),
    "decision.index": Entry(
      nl: "Score van 0 tot 100 (index): {index}", en: "Score from 0 to 100 (index): {index}"),
    "decision.rubric": Entry(
      nl: "Gebruikte vragenlijst (rubric): {rubric}", en: "Rubric used: {rubric}"),
    "decision.capped": Entry(
      nl: "Het cijfer is begrensd: {reason}", en: "The grade is capped: {reason}"),
    "decision.rule": Entry(
      nl: "{criterion}: besloten met de toets “{rule}”", en: "{criterion}: decided by rule “{rule}”"),
    "decision.no_rule": Entry(
      nl: "{criterion}: geen toets sloeg aan, dus niveau 0",
      en: "{criterion}: no rule applied, so level 0"),
    "decision.indicator": Entry(
      nl: "{place}: “{matched}” past bij zoekterm {indicator}",
      en: "{place}: “{matched}” fits search term {indicator}"),
    "decision.found_words": Entry(
      nl: "gevonden woorden: “{matched}”", en: "words found: “{matched}”"),
    "decision.actor_from.previous_sentence": Entry(
      nl: "{who} genoemd in de zin ervoor", en: "{who} named in the sentence before"),
    "decision.actor_from.lead_in": Entry(
      nl: "{who} genoemd in de zin boven de lijst",
      en: "{who} named in the sentence above the list"),
    "decision.actor_from.heading": Entry(
      nl: "{who} genoemd in de kop", en: "{who} named in the heading"),
    "decision.actor_from.section": Entry(
      nl: "{who} volgens het soort hoofdstuk", en: "{who} by the kind of section"),
    "decision.actor.residents": Entry(nl: "bewoners", en: "residents"),
    "decision.actor.government": Entry(nl: "de gemeente", en: "the municipality"),
    "decision.actor.other": Entry(nl: "een andere partij", en: "another party"),
  ]
}
