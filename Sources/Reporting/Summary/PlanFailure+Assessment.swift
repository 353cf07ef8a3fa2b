extension PlanFailure {
  /// The start of the codes of assessment files a batch could not use
  /// (`assessment_not_json`, `assessment_no_plan`, …).
  public static let assessmentCodePrefix = "assessment_"

  /// Whether this is an assessment file of a batch's assessments folder that could
  /// not be used, rather than a plan that could not be scored.
  public var isAssessment: Bool {
    code.hasPrefix(Self.assessmentCodePrefix)
  }
}
