import Scoring

extension CriterionResult {
  /// The matches a card lists as "found but not counted" for this criterion.
  ///
  /// A sentence the card shows as evidence (for this criterion, another one or
  /// the ladder) is never listed: it did count, and a sentence that counts
  /// for another criterion is about that criterion, not this one. Nor is a
  /// sentence whose only fault is that it names no residents: a word of the
  /// criterion's vocabulary in a sentence about something else (a definition
  /// in planning rules, a reply on social media) tells a resident nothing.
  func notCounted(on card: Scorecard) -> [Evidence] {
    var shown = Set(card.criteria.flatMap { $0.evidence.map(\.sentenceKey) })
    if let proof = card.ladder.evidence { shown.insert(proof.sentenceKey) }
    return discounted.filter {
      !shown.contains($0.sentenceKey) && $0.failed != [Self.noResidents]
    }
  }

  /// The condition a sentence fails when it names no residents.
  static let noResidents = "residents_mentioned"
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
