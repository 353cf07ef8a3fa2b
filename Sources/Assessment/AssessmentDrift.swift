import PlanReading
import Scoring

/// What changed between an assessment and the card it is used with: the
/// plan's bytes, the rubric's file, criteria that no longer exist. The
/// assessment is still used; the notes say why its levels may be out of date.
public enum AssessmentDrift {
  /// Codes of the notes, stable for reports and scripts.
  public enum Code: String, Sendable {
    /// The plan file's SHA-256 differs from the assessed one.
    case planChanged = "assessment_plan_changed"
    /// The rubric file's SHA-256 differs from the one assessed with.
    case rubricChanged = "assessment_rubric_changed"
    /// The assessment judges a criterion the rubric no longer has.
    case unknownCriterion = "assessment_unknown_criterion"
    /// A later assessment by the same assessor replaced this one.
    case replaced = "assessment_replaced"
  }

  /// The notes for using `assessment` with `card`, in a fixed order.
  /// - Throws: ``AssessmentError/otherRubric(path:assessed:scored:)`` when the
  ///   assessment was made with another rubric: its criteria do not line up.
  public static func notes(
    for assessment: Assessment, file: String, card: Scorecard
  ) throws(AssessmentError) -> [ScorecardNote] {
    guard assessment.rubric.id == card.rubric.id else {
      throw .otherRubric(path: file, assessed: assessment.rubric.id, scored: card.rubric.id)
    }
    var notes: [ScorecardNote] = []
    if assessment.plan.sha256 != card.plan.sha256 {
      notes.append(
        ScorecardNote(
          code: Code.planChanged.rawValue,
          message: "The plan has changed since \(assessment.assessor) assessed it on "
            + "\(assessment.date); check whether their levels still hold.",
          arguments: ["assessor": assessment.assessor, "date": assessment.date]))
    }
    if assessment.rubric.sha256 != card.rubric.sha256 {
      notes.append(
        ScorecardNote(
          code: Code.rubricChanged.rawValue,
          message: "The rubric has changed since the assessment (version "
            + "\(assessment.rubric.version), now \(card.rubric.version)); the questions "
            + "may have been worded differently.",
          arguments: [
            "assessed_version": assessment.rubric.version, "version": card.rubric.version,
          ]))
    }
    let known = Set(card.criteria.map(\.id))
    for criterion in assessment.criteria where !known.contains(criterion.id) {
      notes.append(
        ScorecardNote(
          code: Code.unknownCriterion.rawValue,
          message: "The rubric has no criterion '\(criterion.id.clipped())' any more; "
            + "that judgement is left out.",
          arguments: ["criterion": criterion.id]))
    }
    return notes
  }
}
