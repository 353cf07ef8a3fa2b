import Scoring

extension Scorecard {
  /// The scorecard cut down to what the summary, the index page, the gate
  /// and the run's report read: the plan, the grade, the ladder's rung and
  /// label, each criterion's id, title, level, the level's description and
  /// residents' assessment.
  ///
  /// A batch keeps one of these per plan (a few hundred bytes of its own; the
  /// rubric's titles are shared) instead of the card, whose quotes, advice,
  /// questions, notes and readability figures go to the plan's
  /// reports and `results.jsonl` as the plan finishes.
  var rankingRow: Scorecard {
    var card = self
    card.warnings = []
    card.notes = []
    card.cappedBy = []
    card.readability = nil
    card.ladder.evidence = nil
    for index in card.criteria.indices {
      card.criteria[index].evidence = []
      card.criteria[index].discounted = []
      card.criteria[index].question = [:]
      card.criteria[index].advice = [:]
    }
    return card
  }
}
