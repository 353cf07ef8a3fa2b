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
  /// - Parameter shown: The card's ``Scorecard/shownSentences``,
  ///   found once for all its criteria.
  func notCounted(shown: Set<String>) -> [Evidence] {
    discounted.filter {
      !shown.contains($0.sentenceKey) && $0.failed != [Self.noResidents]
    }
  }

  /// The condition a sentence fails when it names no residents.
  static let noResidents = "residents_mentioned"
}

extension Scorecard {
  /// The ``Evidence/sentenceKey`` of every sentence the card shows as
  /// evidence, for a criterion or the ladder.
  var shownSentences: Set<String> {
    var shown = Set(criteria.flatMap { $0.evidence.map(\.sentenceKey) })
    if let proof = ladder.evidence { shown.insert(proof.sentenceKey) }
    return shown
  }
}

extension Evidence {
  /// The sentence's identity on a card: where it stands and what it says.
  var sentenceKey: String {
    "\(page ?? 0)|\(line)|\(column)|\(quote)"
  }

  /// The words the match found, in plain language: `gevonden woorden: “…”`,
  /// and, when the sentence names no actor itself, where the card found who
  /// acts: `bewoners genoemd in de zin ervoor`.
  func foundWords(_ strings: ReportStrings) -> String {
    let words = strings.localiser.say("decision.found_words", ["matched": matched])
    guard let source = actorSource(strings) else { return words }
    return words + "; " + source
  }

  /// Where the actor of a sentence that names none came from, in plain
  /// language, or `nil` when the sentence names its own. A heading names the
  /// residents a section is about without making them the actor of each
  /// sentence in it, so from a heading the card says residents.
  func actorSource(_ strings: ReportStrings) -> String? {
    guard let source = context.actorFrom else { return nil }
    let who: EvidenceContext.Actor =
      context.actor == .none && source == .heading ? .residents : context.actor
    guard who != .none else { return nil }
    return strings.localiser.say(
      "decision.actor_from.\(source.rawValue)",
      ["who": strings.localiser.say("decision.actor.\(who.rawValue)")])
  }
}
