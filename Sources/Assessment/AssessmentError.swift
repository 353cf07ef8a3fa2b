import Foundation

/// Why an assessment file could not be read, written or used.
public enum AssessmentError: Error, Equatable, LocalizedError {
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// The file is not valid JSON; `detail` names the line and column when known.
  case notJSON(path: String, detail: String)
  /// The JSON is not an assessment (wrong `type`, or a field missing or wrong).
  case notAnAssessment(path: String, detail: String)
  /// The file was written by a newer scorecard.
  case unsupportedFormat(path: String, format: Int)
  /// A level outside the rubric's scale, or another impossible value.
  case invalidValue(path: String, detail: String)
  /// The assessment was made with another rubric than the card's.
  case otherRubric(path: String, assessed: String, scored: String)
  /// The file could not be written.
  case cannotWrite(path: String, reason: String)

  public var errorDescription: String? {
    switch self {
    case .unreadable(let path, let reason):
      return "\(path): cannot read the assessment (\(reason)). Check the path."
    case .notJSON(let path, let detail):
      return "\(path): not valid JSON: \(detail). Was the file edited by hand? "
        + "Fix it there, or assess the plan again with `scorecard assess`."
    case .notAnAssessment(let path, let detail):
      return "\(path): not a scorecard assessment (\(detail)). "
        + "Give a file written by `scorecard assess`."
    case .unsupportedFormat(let path, let format):
      return "\(path): assessment format \(format) is newer than this scorecard reads "
        + "(\(Assessment.currentFormat)). Update scorecard."
    case .invalidValue(let path, let detail):
      return "\(path): \(detail)."
    case .otherRubric(let path, let assessed, let scored):
      return "\(path): this assessment uses rubric '\(assessed)', the card uses '\(scored)'. "
        + "Score the plan with rubric '\(assessed)' or assess it again with '\(scored)'."
    case .cannotWrite(let path, let reason):
      return "\(path): cannot write the assessment (\(reason)). "
        + "Check that the folder exists and is writable."
    }
  }
}
