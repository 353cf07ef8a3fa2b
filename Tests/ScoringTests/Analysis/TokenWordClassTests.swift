import PlanReading
import Testing

@testable import Scoring

/// The specificity scanner reads each token's word classes from the token,
/// looked up once per distinct word by the analyzer; this pins them to the
/// lookup per token they replaced.
@Suite("Token word classes: the table's classes of the folded word")
struct TokenWordClassTests {
  @Test(
    "every token carries its folded word's classes, cached or not",
    arguments: [PlanLanguage.nl, .en])
  func classesOfTokens(language: PlanLanguage) {
    let text =
      "In MAART en maart 2025, in het voorjaar, twee keer per jaar: € 25.000 of 3,5 procent; "
      + "tweewekelijkse en driemaandelijks overleg, eerste kwartaal, Q1, vijf bewoners, "
      + "in January and january, twice a year, 10 percent, $ 5 million, weekly, fortnightly, "
      + "artikel 3.2 en Geïnformeerd, JANUARI, één keer, ﬁnanciën."
    let analyzer = TextAnalyzer(language: language)
    let table = SpecificityWordClass.table(for: language)
    for _ in 0..<2 {
      for token in analyzer.tokens(in: text[...]) {
        #expect(token.wordClasses == table.classes(of: token.folded), "\(token.folded)")
      }
    }
    #expect(analyzer.tokens(in: text[...]).contains { !$0.wordClasses.isEmpty })
  }
}
