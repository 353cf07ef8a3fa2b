import Scoring

/// Makes a merged card: the engine's scorecard with the residents' levels
/// next to the engine's on every criterion, and the grade computed from the
/// residents' levels where given (``ResidentMedian``), the engine's elsewhere.
public struct CardMerger: Sendable {
  /// The rubric the card was scored with.
  public let rubric: Rubric

  /// Creates a merger for cards of one rubric.
  public init(rubric: Rubric) {
    self.rubric = rubric
  }

  /// Merges the assessments into the card.
  ///
  /// Assessments are used in the order given; when one assessor has several,
  /// the last one given replaces the earlier ones (with a note on the earlier).
  /// - Parameter assessments: Each assessment with the file it came from.
  /// - Returns: The card; unchanged when `assessments` is empty.
  /// - Throws: ``AssessmentError/otherRubric(path:assessed:scored:)``.
  public func merge(
    _ card: Scorecard, with assessments: [(assessment: Assessment, file: String)]
  ) throws(AssessmentError) -> Scorecard {
    guard !assessments.isEmpty else { return card }
    var entries: [AssessorEntry] = []
    var used: [Assessment] = []
    let replaced = LatestPerAssessor.replaced(among: assessments.map(\.assessment.assessor))
    for (index, item) in assessments.enumerated() {
      var notes = try AssessmentDrift.notes(for: item.assessment, file: item.file, card: card)
      let name = item.assessment.assessor
      if replaced.contains(index) {
        notes.append(
          ScorecardNote(
            code: AssessmentDrift.Code.replaced.rawValue,
            message: "A later assessment by \(name) is given too; this one is not used.",
            arguments: ["assessor": name]))
      } else {
        used.append(item.assessment)
      }
      entries.append(
        AssessorEntry(
          name: name, date: item.assessment.date, file: item.file,
          judged: item.assessment.criteria.count, notes: notes))
    }
    var levels: [String: Int] = [:]
    var merged = card
    for index in merged.criteria.indices {
      let criterion = merged.criteria[index]
      let judgements = used.compactMap { assessment in
        assessment.criterion(id: criterion.id).map {
          ResidentJudgement(
            assessor: assessment.assessor, level: $0.level,
            agreesWithEngine: $0.level == criterion.level, remark: $0.remark)
        }
      }
      let median = ResidentMedian.of(judgements.compactMap(\.level))
      if let median { levels[criterion.id] = median }
      merged.criteria[index].assessment = CriterionAssessment(
        source: median == nil ? .engine : .residents, engineLevel: criterion.level,
        judgements: judgements)
    }
    merged = merged.replacingLevels(levels, rubric: rubric)
    merged.assessments = CardAssessments(
      assessors: entries, engineGrade: card.grade, enginePassed: card.passed,
      rule: [
        "nl": "Per criterium telt de mediaan van de bewoners (bij gelijke stand de lagere); "
          + "waar geen bewoner een oordeel gaf, telt de scorecard.",
        "en": "Each criterion takes the median of the residents' levels (the lower one on a "
          + "tie); where no resident gave a level, the engine's level counts.",
      ])
    return merged
  }
}
