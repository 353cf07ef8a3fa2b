import PlanReading
import Testing

@testable import Scoring

/// Analyzers from the pool keep their word cache from plan to plan; a word's
/// folded form and stem depend on nothing else, so an analyzer that has seen
/// other words first gives the same tokens as a new one.
@Suite("TextAnalyzerPool: analyzers shared by the plans of a batch")
struct TextAnalyzerPoolTests {
  @Test("an analyzer put back is taken again, for its own language only")
  func reuse() {
    let pool = TextAnalyzerPool()
    let dutch = pool.take(.nl)
    pool.put(dutch)
    let english = pool.take(.en)
    #expect(english !== dutch)
    #expect(english.language == .en)
    #expect(pool.take(.nl) === dutch)
    #expect(pool.take(.nl) !== dutch)
  }

  @Test(
    "a warmed analyzer gives the same tokens as a new one",
    arguments: [PlanLanguage.nl, .en])
  func warmedTokens(language: PlanLanguage) {
    let warmUp =
      "BEWONERS Bewoners bewoners' Geïnformeerd geinformeerd GEÏNFORMEERD Ĳssel ĳssel "
      + "auto's AUTO’S zo'n café CAFÉ Cafe\u{0301} ﬁnanciën 25.000 3,5 residents’ Residents"
    let text =
      "Bewoners, GEÏNFORMEERDE bewoners’ en auto's: zo’n café-avond (Cafe\u{0301}) over "
      + "ﬁnanciën, € 25.000,- en 3,5% — Ĳssel, IJssel, ĳssel; residents' RESIDENTS."
    let pool = TextAnalyzerPool()
    let warmed = pool.take(language)
    _ = warmed.tokens(in: warmUp[...])
    pool.put(warmed)
    let again = pool.take(language)
    #expect(again === warmed)
    let fresh = TextAnalyzer(language: language)
    #expect(
      Self.described(again.tokens(in: text[...]), by: again)
        == Self.described(fresh.tokens(in: text[...]), by: fresh))
  }

  /// The tokens without their word indices, which differ from cache to cache.
  private static func described(_ tokens: [Token], by analyzer: TextAnalyzer) -> [String] {
    tokens.map {
      "\($0.start) \($0.end) \($0.folded) \(analyzer.stem(of: $0)) \($0.isNumber) "
        + "\($0.wordClasses)"
    }
  }
}
