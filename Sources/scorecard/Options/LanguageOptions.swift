import ArgumentParser
import PlanReading

/// The one `--lang` of every command that writes for people.
///
/// Without it, each card (and each questionnaire) is in its own plan's
/// language, so a Dutch and an English plan scored together give a Dutch and
/// an English card; what belongs to no single plan (an index, a summary, an
/// agreement report) falls back as the command says.
struct LanguageOptions: ParsableArguments {
  @Option(
    help: """
      Language of the output: nl or en (default: each plan's own language; \
      where no single plan decides, Dutch or the rubric's).
      """)
  var lang: PlanLanguage?

  /// The language asked for, or `fallback` when none was.
  func language(or fallback: PlanLanguage) -> PlanLanguage {
    lang ?? fallback
  }
}
