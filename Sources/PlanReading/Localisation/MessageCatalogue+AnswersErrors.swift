extension MessageCatalogue {
  // MARK: - Why an answers file cannot be used

  /// The texts of the assessment's answers-file errors, by `error.answers.` +
  /// case: which file and line, what is wrong, what to do.
  static let answersErrors: [String: Entry] = [
    "error.answers.unreadable": Entry(
      nl: "{path}: het antwoordbestand kan niet gelezen worden ({reason}). Controleer het pad.",
      en: "{path}: cannot read the answers file ({reason}). Check the path."),
    "error.answers.not_text": Entry(
      nl: "{path}: dit is geen UTF-8-tekst (het is binair, of in een andere codering zoals "
        + "UTF-16). Sla de antwoorden op als gewone UTF-8-tekst, één regel per vraag.",
      en: "{path}: not UTF-8 text (it is binary, or in another encoding such as UTF-16). "
        + "Save the answers as plain UTF-8 text, one line per criterion."),
    "error.answers.unknown_criterion": Entry(
      nl: "{path}:{line}: onbekende vraag '{id}'. De vragen zijn: {known}. "
        + "Verbeter de id of haal de regel weg.",
      en: "{path}:{line}: unknown criterion '{id}'. The rubric's criteria are: {known}. "
        + "Fix the id or remove the line."),
    "error.answers.missing_level": Entry(
      nl: "{path}:{line}: bij vraag '{id}' staat geen niveau. Schrijf `{id} <niveau> [opmerking]`, "
        + "of `{id} -` om het niveau van de scorecard over te nemen.",
      en: "{path}:{line}: criterion '{id}' has no level. Write `{id} <level> [remark]`, "
        + "or `{id} -` to accept the engine's level."),
    "error.answers.invalid_level": Entry(
      nl: "{path}:{line}: '{value}' is geen niveau voor '{id}'. Gebruik een heel getal van "
        + "0 tot en met {max_level}, of - om het niveau van de scorecard over te nemen.",
      en: "{path}:{line}: '{value}' is not a level for '{id}'. Use a whole number from "
        + "0 to {max_level}, or - to accept the engine's level."),
    "error.answers.duplicate": Entry(
      nl: "{path}:{line}: vraag '{id}' is nog een keer beantwoord (eerst op regel "
        + "{first_line}). Houd één regel per vraag.",
      en: "{path}:{line}: criterion '{id}' is answered again (first on line "
        + "{first_line}). Keep one line per criterion."),
    "error.answers.missing_criteria": Entry(
      nl: "{path}: er is geen regel voor {ids}. Zet één regel per vraag; "
        + "`{first_id} -` neemt het niveau van de scorecard over.",
      en: "{path}: no line for {ids}. Add one line per criterion; "
        + "`{first_id} -` accepts the engine's level."),
  ]
}
