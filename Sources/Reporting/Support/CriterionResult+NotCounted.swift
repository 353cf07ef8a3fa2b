import Scoring

extension CriterionResult {
  /// The matches a card lists as "found but not counted" for this criterion.
  ///
  /// A sentence the card shows as evidence (for this criterion, another one or
  /// the ladder) is never listed: it did count, and a sentence that counts
  /// for another criterion is about that criterion, not this one.
  func notCounted(on card: Scorecard) -> [Evidence] {
    var shown = Set(card.criteria.flatMap { $0.evidence.map(\.sentenceKey) })
    if let proof = card.ladder.evidence { shown.insert(proof.sentenceKey) }
    return discounted.filter { !shown.contains($0.sentenceKey) }
  }
}

extension Evidence {
  /// The sentence's identity on a card: where it stands and what it says.
  var sentenceKey: String {
    "\(page ?? 0)|\(line)|\(column)|\(quote)"
  }

  /// The words the match found, in plain language: `gevonden woorden: “…”`.
  func foundWords(_ strings: ReportStrings) -> String {
    strings.localiser.say("decision.found_words", ["matched": matched])
  }
}
