import HTTPTypes

/// Why a request could not be answered with the page asked for; each case
/// becomes a page that says what is wrong and what to do.
enum WebError: Error, Equatable {
  /// The body is larger than the upload limit.
  case tooLarge(limit: Int)
  /// The form is not what the page sends.
  case badForm(String)
  /// No plan was uploaded or pasted.
  case noPlan
  /// The plan could not be read (the reader's message names file and place).
  case unreadablePlan(String)
  /// The rubric could not be read or is not valid.
  case badRubric(String)
  /// An uploaded assessment could not be read or does not fit.
  case badAssessment(String)
  /// The page or file does not exist.
  case notFound
  /// Every place is taken and none came free in time.
  case busy
  /// The upload took longer than the time allowed.
  case timedOut

  /// The HTTP status of the error page.
  var status: HTTPResponse.Status {
    switch self {
    case .tooLarge: .contentTooLarge
    case .badForm, .noPlan: .badRequest
    case .unreadablePlan, .badRubric, .badAssessment: .unprocessableContent
    case .notFound: .notFound
    case .busy: .serviceUnavailable
    case .timedOut: .requestTimeout
    }
  }
}
