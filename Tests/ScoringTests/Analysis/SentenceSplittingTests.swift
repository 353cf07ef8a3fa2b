import Testing

@testable import Scoring

/// Splitting paragraphs into sentences.
@Suite struct SentenceSplittingTests {}

extension SentenceSplittingTests {
  /// A split case: a paragraph and the sentences it must give.
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var sentences: [String]
    var testDescription: String { String(text.prefix(40)) }
  }

  static let cases: [Case] = [
    Case(
      text: "De wijk groeit. Bewoners praten mee! Wat vinden zij? Dat horen we.",
      sentences: [
        "De wijk groeit.", "Bewoners praten mee!", "Wat vinden zij?",
        "Dat horen we.",
      ]),
    Case(
      text: "We vragen o.a. de wijkraad, bijv. via een enquête. Daarna volgt m.b.t. de "
        + "inrichting een avond, d.w.z. in mei. Zie art. 3 en nr. 4. Klaar.",
      sentences: [
        "We vragen o.a. de wijkraad, bijv. via een enquête.",
        "Daarna volgt m.b.t. de inrichting een avond, d.w.z. in mei.",
        "Zie art. 3 en nr. 4.", "Klaar.",
      ]),
    Case(
      text: "Het budget is € 25.000,- per jaar. Paragraaf 3.2 gaat over 1.500 woningen.",
      sentences: [
        "Het budget is € 25.000,- per jaar.",
        "Paragraaf 3.2 gaat over 1.500 woningen.",
      ]),
    Case(
      text: "Het plan komt van J.C. de Vries en dhr. Jansen. Mevr. Smit tekent ook.",
      sentences: ["Het plan komt van J.C. de Vries en dhr. Jansen.", "Mevr. Smit tekent ook."]),
    Case(
      text: "Het overleg met J. Bakker volgt. Hij woont in de wijk.",
      sentences: ["Het overleg met J. Bakker volgt.", "Hij woont in de wijk."]),
    Case(
      text: "We wachten af... en zien dan verder. Of niet… Later meer.",
      sentences: ["We wachten af... en zien dan verder.", "Of niet…", "Later meer."]),
    Case(
      text: "Eerst dit; daarna dat. Einde.",
      sentences: ["Eerst dit; daarna dat.", "Einde."]),
    Case(
      text: "Zij zei: \"Wij doen mee.\" Toen begon het. (Zie bijlage.) Verder.",
      sentences: ["Zij zei: \"Wij doen mee.\"", "Toen begon het.", "(Zie bijlage.)", "Verder."]),
    Case(
      text: "In 2025. De raad besluit in 2026.",
      sentences: ["In 2025.", "De raad besluit in 2026."]),
    Case(
      text: "1. Inleiding van het plan. 2. Doel",
      sentences: ["1. Inleiding van het plan.", "2. Doel"]),
    Case(
      text: "Kijk op www.gemeente.nl voor meer. Dank.",
      sentences: ["Kijk op www.gemeente.nl voor meer.", "Dank."]),
    Case(
      text: "Wij organiseren: • een avond • een enquête • een schouw",
      sentences: ["Wij organiseren:", "een avond", "een enquête", "een schouw"]),
    Case(
      text: "Eerste alinea zonder punt\n\nTweede alinea",
      sentences: [
        "Eerste alinea zonder punt", "Tweede alinea",
      ]),
    Case(
      text: "Dit gebeurt etc. Daarna gaan we door.",
      sentences: ["Dit gebeurt etc.", "Daarna gaan we door."]),
    Case(
      text: "Mr. Smith met residents, e.g. tenants, i.e. everyone. Dr. Jones agreed.",
      sentences: ["Mr. Smith met residents, e.g. tenants, i.e. everyone.", "Dr. Jones agreed."]),
    Case(text: "  \n . ... ", sentences: []),
    Case(text: "", sentences: []),
  ]

  /// Each paragraph splits into exactly the expected sentences.
  @Test(arguments: cases)
  func splitsParagraph(_ testCase: Case) {
    #expect(AnalysisTestSupport.sentences(testCase.text) == testCase.sentences)
  }

  /// Sentence ranges are trimmed, ordered, disjoint and never empty, also with
  /// multi-byte characters around the breaks.
  @Test func rangesAreTrimmedAndOrdered() {
    let text = "  Één café. “Überhaupt” niet!\u{00A0}Ja.  "
    let ranges = TextAnalyzer(language: .nl).sentences(in: text)
    #expect(
      ranges.map { AnalysisTestSupport.slice(text, $0) }
        == ["Één café.", "“Überhaupt” niet!", "Ja."])
    for (earlier, later) in zip(ranges, ranges.dropFirst()) {
      #expect(earlier.upperBound <= later.lowerBound)
    }
    #expect(ranges.allSatisfy { !$0.isEmpty })
  }
}
