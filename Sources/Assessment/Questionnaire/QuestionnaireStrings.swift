import PlanReading

/// The texts of the questionnaire, in plain Dutch (B1) and English.
///
/// The messages a command prints around the questionnaire (saved,
/// interrupted) are public, so all the wording stays in this one file.
public struct QuestionnaireStrings: Sendable {
  /// The language of the texts.
  public let language: PlanLanguage

  /// Creates the texts for `language`.
  public init(language: PlanLanguage) {
    self.language = language
  }

  /// The Dutch or the English text, through the one localisation mechanism.
  func pick(_ nl: String, _ en: String) -> String {
    Localiser(language: language).pick(nl, en)
  }

  /// `0, 1 of 2` / `0, 1 or 2`.
  private func list(_ levels: ClosedRange<Int>) -> String {
    let values = levels.map(String.init)
    guard let last = values.last, values.count > 1 else { return values.joined() }
    return values.dropLast().joined(separator: ", ") + pick(" of ", " or ") + last
  }

  // MARK: - For the command

  /// Said after the file was written.
  public func saved(path: String, replaced: Bool) -> String {
    replaced
      ? pick(
        "Bewaard in \(path) (het oude bestand is vervangen).",
        "Saved in \(path) (the old file was replaced).")
      : pick("Bewaard in \(path).", "Saved in \(path).")
  }

  /// Said when Ctrl-C stops the questionnaire.
  public var interrupted: String {
    pick("Gestopt met Ctrl-C. Er is niets bewaard.", "Stopped with Ctrl-C. Nothing was saved.")
  }

  // MARK: - Introduction and name

  func introductionTitle(plan: String) -> String {
    pick("Zelf scoren: \(plan)", "Your own score: \(plan)")
  }
  func planFile(_ path: String) -> String { pick("Plan: \(path)", "Plan: \(path)") }

  func rubricLine(_ title: String, questions: Int) -> String {
    pick(
      "Vragenlijst: \(title) (\(questions) vragen)",
      "Rubric: \(title) (\(questions) questions)")
  }

  var introductionSteps: [String] {
    [
      pick(
        "Bij elke vraag zie je wat de scorecard in het plan vond. Geef daarna je eigen oordeel.",
        "For each question you see what the scorecard found in the plan. Then give your own view."),
      pick(
        "Enter = eens met de scorecard. 0, 1 of 2 = een ander niveau. a = alles wat de "
          + "scorecard vond. t = terug. ? = hulp.",
        "Enter = agree with the scorecard. 0, 1 or 2 = another level. a = everything the "
          + "scorecard found. b = back. ? = help."),
      pick(
        "Stoppen kan altijd met Ctrl-C. Dan wordt er niets bewaard.",
        "You can stop at any time with Ctrl-C. Then nothing is saved."),
    ]
  }

  func namePrompt(earlier: String?) -> String {
    guard let earlier else {
      return pick("Wat is je naam (of je initialen)? ", "What is your name (or initials)? ")
    }
    return pick(
      "Wat is je naam (of je initialen)? [Enter = \(earlier)] ",
      "What is your name (or initials)? [Enter = \(earlier)] ")
  }

  var nameHelp: String {
    pick(
      "Je naam of initialen komen in het bestand. Dan is later te zien wie welk oordeel gaf.",
      "Your name or initials go into the file, so it is clear later who gave which view.")
  }

  var emptyName: String {
    pick(
      "Je hebt niets getypt. Je naam is nodig voor het bestand. Typ je naam of je initialen.",
      "You typed nothing. Your name is needed for the file. Type your name or initials.")
  }

  var nothingBefore: String {
    pick(
      "Dit is de eerste vraag. Er is geen vorige.",
      "This is the first question. There is none before it.")
  }

  // MARK: - A question

  func questionHeader(_ number: Int, of total: Int, title: String) -> String {
    pick("Vraag \(number) van \(total) — \(title)", "Question \(number) of \(total) — \(title)")
  }

  func engineLevel(_ level: String, label: String?) -> String {
    guard let label else {
      return pick(
        "De scorecard geeft: \(level) (deze vraag telt niet mee bij dit soort plan)",
        "The scorecard gives: \(level) (this question does not count for this kind of plan)")
    }
    return pick(
      "De scorecard geeft: \(level) (\(label))", "The scorecard gives: \(level) (\(label))")
  }

  var evidenceHeading: String {
    pick("Wat de scorecard in het plan vond:", "What the scorecard found in the plan:")
  }
  var noEvidence: String {
    pick(
      "De scorecard vond hierover niets in het plan.",
      "The scorecard found nothing on this in the plan.")
  }

  func place(section: String, line: Int, page: Int?) -> String {
    let lineText =
      page.map { pick("blz. \($0)", "p. \($0)") } ?? pick("regel \(line)", "line \(line)")
    return section.isEmpty ? "(\(lineText))" : "(\(section), \(lineText))"
  }

  func moreEvidence(_ count: Int) -> String {
    count == 1
      ? pick("  (en nog 1 andere vondst in het plan)", "  (and 1 more match in the plan)")
      : pick(
        "  (en nog \(count) andere vondsten in het plan)",
        "  (and \(count) more matches in the plan)")
      + pick(" Typ a om alles te zien.", " Type a to see them all.")
  }

  var allFindingsTitle: String {
    pick("Alles wat de scorecard hierover vond:", "Everything the scorecard found on this:")
  }

  func unkeptEvidence(_ count: Int) -> String {
    pick(
      "De scorecard telde nog \(count) andere zinnen mee. Die staan niet op de kaart.",
      "The scorecard counted \(count) more sentences. They are not kept on the card.")
  }

  var notCountedHeading: String {
    pick("Gevonden maar niet meegeteld:", "Found but not counted:")
  }

  /// Why a sentence did not count, from the one message catalogue.
  func condition(_ raw: String) -> String {
    let code = "condition.\(raw)"
    return MessageCatalogue.contains(code) ? Localiser(language: language).say(code) : raw
  }

  func earlierAnswer(_ level: String, remark: String?) -> String {
    let base = pick("Je eerdere antwoord: \(level)", "Your earlier answer: \(level)")
    guard let remark else { return base }
    return base + pick(", opmerking: \(remark)", ", remark: \(remark)")
  }

  /// Where the default level of a prompt comes from.
  enum DefaultSource { case engine, earlier, notApplicable }

  func levelPrompt(allowed: ClosedRange<Int>, default level: String, source: DefaultSource)
    -> String
  {
    let enter: String
    switch source {
    case .engine:
      enter = pick("Enter = \(level), zoals de scorecard", "Enter = \(level), as the scorecard")
    case .earlier:
      enter = pick("Enter = \(level), je eerdere antwoord", "Enter = \(level), your earlier answer")
    case .notApplicable: enter = pick("Enter = \(level) laten staan", "Enter = keep \(level)")
    }
    return pick(
      "Jouw oordeel (\(list(allowed)); \(enter)): ", "Your level (\(list(allowed)); \(enter)): ")
  }

  func invalidLevel(_ input: String, allowed: ClosedRange<Int>, default level: String) -> String {
    pick(
      "Je typte \"\(input.clipped())\". Dat kan hier niet. Typ \(list(allowed)), "
        + "of druk Enter voor \(level). (t = terug, ? = hulp)",
      "You typed \"\(input.clipped())\". That is not possible here. Type \(list(allowed)), "
        + "or press Enter for \(level). (b = back, ? = help)")
  }

  var helpTitle: String { pick("Hulp", "Help") }

  func levelKeys(allowed: ClosedRange<Int>, default level: String) -> [String] {
    let keys = [
      (
        "Enter",
        pick(
          "neem \(level) over (dat staat achter de vraag)", "take \(level) (shown in the prompt)")
      ),
      (list(allowed), pick("geef zelf een niveau", "give a level yourself")),
      (pick("t", "b"), pick("terug naar de vorige vraag", "back to the previous question")),
      ("a", pick("alles wat de scorecard vond", "everything the scorecard found")),
      ("?", pick("deze hulp", "this help")),
      ("Ctrl-C", pick("stoppen; er wordt niets bewaard", "stop; nothing is saved")),
    ]
    let width = keys.map(\.0.count).max() ?? 0
    return keys.map { key, text in
      "  " + key + String(repeating: " ", count: width - key.count + 3) + text
    }
  }

  var levelsInFull: String { pick("Wat de niveaus betekenen:", "What the levels mean:") }

  func remarkPrompt(earlier: String?) -> String {
    guard let earlier else {
      return pick(
        "Opmerking: waarom, of waar in het plan? (Enter = geen): ",
        "Remark: why, or where in the plan? (Enter = none): ")
    }
    return pick(
      "Opmerking (Enter = houden: \"\(earlier)\"; - = weghalen): ",
      "Remark (Enter = keep: \"\(earlier)\"; - = remove): ")
  }

  var remarkHelp: String {
    pick(
      "Schrijf in een paar woorden waarom je dit niveau geeft, of waar het in het plan staat. "
        + "Enter = geen opmerking. t = terug naar het niveau van deze vraag.",
      "Write in a few words why you give this level, or where it stands in the plan. "
        + "Enter = no remark. b = back to the level of this question.")
  }
}
