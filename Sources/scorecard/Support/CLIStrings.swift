import PlanReading

/// The sentences of the command line that name its own flags, in plain Dutch
/// (B1) and English; the libraries word everything else without flags.
struct CLIStrings {
  /// The language of the texts.
  let language: PlanLanguage

  private func pick(_ nl: String, _ en: String) -> String {
    language == .nl ? nl : en
  }

  /// Said before `assess` prints the answers when the file could not be written.
  var answersFollow: String {
    pick(
      "Je antwoorden staan hieronder. Bewaar ze in een bestand en gebruik dat met --answers:",
      "Your answers follow. Keep them in a file and use it with --answers:")
  }

  /// How the agreement report's reader lists more disagreements.
  var moreDisagreements: String {
    pick("meer met --top", "more with --top")
  }
}
