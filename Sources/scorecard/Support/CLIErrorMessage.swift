import Assessment
import Batch
import Foundation
import PlanReading

/// The terminal's wording of an error from the libraries.
///
/// The libraries never name this command line's flags or shell commands: their
/// messages also reach the web app's users. Where the fix is a flag or a command
/// to type, the terminal says so here; every other error keeps the library's
/// own message.
enum CLIErrorMessage {
  /// The message for `error` as the terminal shows it, in `language`. Errors
  /// of reading a plan or an answers file have a Dutch text; the others are
  /// worded in English.
  static func text(for error: any Error, language: PlanLanguage = .en) -> String {
    switch error {
    case let error as PlanReadingError: return text(for: error, in: Localiser(language: language))
    case let error as AnswersFileError: return error.message(in: language)
    case let error as AssessmentError: return text(for: error)
    case let error as AgreementError: return text(for: error)
    case let error as BatchError: return text(for: error)
    default: return error.localizedDescription
    }
  }

  private static func text(for error: PlanReadingError, in words: Localiser) -> String {
    switch error {
    case .tooLarge(let path, let bytes, let limit):
      return words.pick(
        "\(path): het bestand is \(bytes) bytes. Dat is meer dan de grens van \(limit) bytes. "
          + "Maak de grens hoger (--max-bytes) als dit echt één plan is.",
        "\(path): the file is \(bytes) bytes, more than the limit of \(limit) bytes. "
          + "Raise the limit (--max-bytes) if this really is one plan.")
    case .legacyFormat(let path, let format):
      return words.pick(
        "\(path): dit soort bestand wordt niet gelezen (\(format)). Sla het op als .docx "
          + "(of .odt) in Word of LibreOffice (\"Opslaan als\"), of zet het om met LibreOffice: "
          + "soffice --headless --convert-to docx \"\(path)\"; lees dan het nieuwe bestand. "
          + "Heeft het bestand een wachtwoord? Sla het dan eerst op zonder wachtwoord.",
        "\(path): the file is \(format), which is not read. Save it as .docx (or .odt) "
          + "in Word or LibreOffice (\"Save as\"), or convert it with LibreOffice: "
          + "soffice --headless --convert-to docx \"\(path)\"; then read the new file. A file "
          + "protected with a password must be saved without one first.")
    case .encryptedPDF(let path):
      return words.pick(
        "\(path): deze PDF is beveiligd met een wachtwoord. "
          + "Vraag de gemeente om een kopie zonder wachtwoord, of haal het wachtwoord er eerst af "
          + "(bijvoorbeeld `qpdf --decrypt --password=… plan.pdf out.pdf`).",
        "\(path): this PDF is protected with a password. "
          + "Ask the municipality for an unprotected copy, or remove the password first "
          + "(for example `qpdf --decrypt --password=… plan.pdf out.pdf`).")
    default:
      return error.message(in: words.language)
    }
  }

  /// A plan over its budget: only a plan that is given in one go can be meant.
  static func text(for error: PlanBudget.Exceeded, path: String) -> String {
    let option =
      switch error {
      case .time: "--time-budget SECONDS"
      case .memory: "--memory-budget MB"
      }
    return error.what(path: path) + " Raise it with \(option) (0 for no limit) if this really "
      + "is one plan, or split it into smaller files."
  }

  private static func text(for error: AssessmentError) -> String {
    switch error {
    case .otherRubric(let path, let assessed, let scored):
      return "\(path): this assessment uses rubric '\(assessed)', the card uses '\(scored)'. "
        + "Score with `--rubric \(assessed)` or assess the plan again with '\(scored)'."
    default:
      return error.localizedDescription
    }
  }

  private static func text(for error: AgreementError) -> String {
    switch error {
    case .tooFewCoders(let coders, withEngine: false):
      let who = coders.isEmpty ? "nobody" : coders.joined(separator: ", ")
      return "agreement needs at least two coders; found \(coders.count) (\(who)). "
        + "Give assessments by at least two people, or add `--with-engine` to compare one "
        + "person with the engine."
    default:
      return error.localizedDescription
    }
  }

  private static func text(for error: BatchError) -> String {
    switch error {
    case .outputIsInput(let path):
      return "\(path): the output folder is the plan folder. Give another folder with --out."
    case .unknownCriterion(let id, let known):
      return "--require \(id): the rubric has no criterion '\(id)'. Use one of: "
        + known.joined(separator: ", ") + "."
    case .notABatchOutput(let path, let missing):
      return "\(path): not the output of `scorecard batch` (no \(missing)). "
        + "Give a folder written by `scorecard batch --out`, or its results.jsonl."
    default:
      return error.localizedDescription
    }
  }
}
