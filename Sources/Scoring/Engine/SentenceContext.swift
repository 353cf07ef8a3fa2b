/// The context-list hits of one sentence, and the context tests built on them.
struct SentenceContext {
  private var spansByKind: [ContextKind: [Range<Int>]] = [:]

  /// Records a hit of a context list.
  mutating func add(_ kind: ContextKind, _ span: Range<Int>) {
    spansByKind[kind, default: []].append(span)
  }

  /// The hits of one context list. Resident phrases that stand inside an
  /// other actor's phrase ("bewoners" in "bewoners van de woning") are left
  /// out: there they name the applicant, not the residents.
  func spans(_ kind: ContextKind) -> [Range<Int>] {
    let spans = spansByKind[kind] ?? []
    guard kind == .residentActor, let others = spansByKind[.otherActor] else { return spans }
    return spans.filter { span in !others.contains { $0.contains(span) } }
  }

  /// Whether a context list has any hit in the sentence.
  func has(_ kind: ContextKind) -> Bool {
    !spans(kind).isEmpty
  }

  /// The actor the sentence is about, for the sentences after it that name
  /// none: the first actor named in it, or `nil` when it names none.
  var topicActor: EvidenceContext.Actor? {
    let candidates: [(ContextKind, EvidenceContext.Actor)] = [
      (.residentActor, .residents), (.governmentActor, .government), (.otherActor, .other),
    ]
    var first: (start: Int, actor: EvidenceContext.Actor)?
    for (kind, actor) in candidates {
      for span in spans(kind) where span.lowerBound < first?.start ?? Int.max {
        first = (span.lowerBound, actor)
      }
    }
    return first?.actor
  }

  // MARK: - Tests

  /// Whether the match is negated: a negation within `window` words before it,
  /// a negation inside a proximity match's span, or a negation at the end of
  /// the clause the match stands in: the last word, or one word before the
  /// end when it follows the match closely ("bewoners beslissen hierover niet",
  /// "zelfbeheer is niet mogelijk"; not "bewoners die het formulier niet
  /// begrijpen").
  func isNegated(
    _ match: Range<Int>, window: Int, tokens: [Token], text: Substring, spanMayHoldNegation: Bool
  ) -> Bool {
    for negation in spans(.negation) where !negation.overlaps(match) || spanMayHoldNegation {
      if negation.upperBound <= match.lowerBound,
        match.lowerBound - negation.upperBound < window
      {
        return true
      }
      if spanMayHoldNegation, negation.lowerBound > match.lowerBound,
        negation.upperBound < match.upperBound
      {
        return true
      }
    }
    let clauseEnd = Self.clauseEnd(after: match, tokens: tokens, text: text)
    return spans(.clauseFinalNegation).contains { negation in
      guard negation.lowerBound >= match.upperBound, negation.upperBound <= clauseEnd else {
        return false
      }
      let endsClause = negation.upperBound == clauseEnd
      let closeBehind =
        clauseEnd - negation.upperBound <= 1 && negation.lowerBound - match.upperBound <= 2
      return endsClause || closeBehind
    }
  }

  /// Whether a hedge stands in the sentence, outside the match itself.
  func isHedged(outside match: Range<Int>) -> Bool {
    spans(.hedge).contains { !$0.overlaps(match) }
  }

  /// The likely subject of the match: the actor nearest to it, preferring one
  /// before it on a tie; an actor inside the match wins.
  func actor(for match: Range<Int>) -> EvidenceContext.Actor {
    var best: (distance: Int, actor: EvidenceContext.Actor)?
    let candidates: [(ContextKind, EvidenceContext.Actor)] = [
      (.residentActor, .residents), (.governmentActor, .government), (.otherActor, .other),
    ]
    for (kind, actor) in candidates {
      for span in spans(kind) {
        let distance: Int
        if span.overlaps(match) {
          distance = -1
        } else if span.upperBound <= match.lowerBound {
          distance = 2 * (match.lowerBound - span.upperBound)
        } else {
          distance = 2 * (span.lowerBound - match.upperBound) + 1
        }
        if distance < best?.distance ?? Int.max {
          best = (distance, actor)
        }
      }
    }
    return best?.actor ?? .none
  }

  // MARK: - Clauses

  /// The token index where the clause holding the match ends (exclusive): the
  /// first comma, semicolon, colon or dash after the match, or the sentence end.
  private static func clauseEnd(after match: Range<Int>, tokens: [Token], text: Substring) -> Int {
    let utf8 = text.utf8
    var index = match.upperBound
    while index < tokens.count {
      let gapStart = tokens[index - 1].end
      let gapEnd = tokens[index].start
      if gapEnd > gapStart {
        let start = utf8.index(utf8.startIndex, offsetBy: gapStart)
        let end = utf8.index(start, offsetBy: gapEnd - gapStart)
        if utf8[start..<end].contains(where: { clauseBreaks.contains($0) }) { return index }
      }
      index += 1
    }
    return tokens.count
  }

  private static let clauseBreaks: Set<UInt8> = [
    UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("),
    UInt8(ascii: ")"),
  ]
}
