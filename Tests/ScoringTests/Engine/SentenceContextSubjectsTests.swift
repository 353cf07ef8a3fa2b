import PlanReading
import TestSupport
import Testing

@testable import Scoring

/// ``SentenceContext/joinCoordinatedActors(tokens:language:)`` and
/// ``SentenceContext/setAsideObliqueActors(tokens:language:)`` look up their
/// word lists only in sentences that name residents or the government, where
/// they looked them up in every sentence; these tests pin the actors they set
/// aside to those of the functions they replace, on generated sentences.
@Suite("Sentence context: actors set aside, word lists looked up only where needed")
struct SentenceContextSubjectsTests {
  /// ``SentenceContext/joinCoordinatedActors(tokens:language:)`` before.
  private static func joinBefore(
    _ context: inout SentenceContext, tokens: [Token], language: PlanLanguage
  ) {
    guard let conjunctions = SentenceContext.conjunctions[language] else { return }
    let articles = ResidentBodies.articles[language] ?? []
    let residents = context.spans(.residentActor)
    guard !residents.isEmpty else { return }
    let residentEnds = Set(residents.map(\.upperBound))
    let residentStarts = Set(residents.map(\.lowerBound))
    func isJoint(_ start: Int, _ end: Int) -> Bool {
      guard start < end, end - start <= 2, conjunctions.contains(tokens[start].folded) else {
        return false
      }
      return tokens[(start + 1)..<end].allSatisfy { articles.contains($0.folded) }
    }
    for kind in [ContextKind.governmentActor, .otherActor] {
      for party in context.spans(kind) {
        let after = (1...2).contains { gap in
          residentEnds.contains(party.lowerBound - gap)
            && isJoint(party.lowerBound - gap, party.lowerBound)
        }
        let before = (1...2).contains { gap in
          residentStarts.contains(party.upperBound + gap)
            && isJoint(party.upperBound, party.upperBound + gap)
        }
        if after || before { context.markNotSubject(party) }
      }
    }
  }

  /// ``SentenceContext/setAsideObliqueActors(tokens:language:)`` before.
  private static func setAsideBefore(
    _ context: inout SentenceContext, tokens: [Token], language: PlanLanguage
  ) {
    let determiners = SentenceContext.determiners[language] ?? []
    func preposition(before span: Range<Int>) -> String? {
      var index = span.lowerBound - 1
      while index >= 0, determiners.contains(tokens[index].folded) { index -= 1 }
      return index >= 0 ? tokens[index].folded : nil
    }
    let markers = SentenceContext.obliqueMarkers[language] ?? []
    for span in context.spans(.governmentActor) {
      if let word = preposition(before: span), markers.contains(word) {
        context.markNotSubject(span)
      }
    }
    guard let beneficiary = SentenceContext.beneficiaryMarkers[language] else { return }
    for span in context.spans(.residentActor) {
      guard let word = preposition(before: span), beneficiary.prepositions.contains(word) else {
        continue
      }
      let after = tokens[
        span.upperBound..<min(tokens.count, span.upperBound + SentenceContext.infinitiveGap)]
      if !after.contains(where: { $0.folded == beneficiary.infinitive }) {
        context.markNotSubject(span)
      }
    }
  }

  /// Actor words and the words around them that the two functions read, in
  /// both languages, and words that are none of these.
  private static let alphabet: [String] = [
    "bewoners ", "residents ", "gemeente ", "council ", "provincie ", "province ", "en ",
    "and ", "de ", "het ", "the ", "een ", "a ", "aan ", "voor ", "met ", "naast ", "to ",
    "for ", "with ", "om ", "te ", "reageren ", "plan ", "wonen ", "alle ", "our ",
  ]

  /// The actor list a word is a hit of, if any.
  private static func kind(of word: String) -> ContextKind? {
    switch word {
    case "bewoners", "residents": .residentActor
    case "gemeente", "council": .governmentActor
    case "provincie", "province": .otherActor
    default: nil
    }
  }

  @Test(
    "generated sentences set aside the actors of the functions before",
    arguments: [PlanLanguage.nl, .en])
  func generated(language: PlanLanguage) {
    let analyzer = TextAnalyzer(language: language)
    var setAside = 0
    for text in GeneratedTexts(Self.alphabet, count: 3_000, lengthShift: 60) {
      let tokens = analyzer.tokens(in: text[...])
      var context = SentenceContext()
      var before = SentenceContext()
      for (index, token) in tokens.enumerated() {
        guard let kind = Self.kind(of: token.folded) else { continue }
        context.add(kind, index..<(index + 1))
        before.add(kind, index..<(index + 1))
      }
      context.joinCoordinatedActors(tokens: tokens, language: language)
      context.setAsideObliqueActors(tokens: tokens, language: language)
      Self.joinBefore(&before, tokens: tokens, language: language)
      Self.setAsideBefore(&before, tokens: tokens, language: language)
      context.seal()
      before.seal()
      for kind in ContextKind.allCases {
        #expect(
          SentenceContextIndexTests.answers(context.index(kind))
            == SentenceContextIndexTests.answers(before.index(kind)), "\(kind) in \(text)")
      }
      let setAsideHere = [ContextKind.residentActor, .governmentActor].contains { kind in
        SentenceContextIndexTests.answers(context.index(kind))
          != SentenceContextIndexTests.answers(SpanIndex(context.spans(kind)))
      }
      if setAsideHere { setAside += 1 }
    }
    #expect(setAside > 100)
  }
}
