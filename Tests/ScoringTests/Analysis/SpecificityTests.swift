import PlanReading
import Testing

@testable import Scoring

/// Finding amounts, dates, periods, counts and percentages.
@Suite struct SpecificityTests {}

extension SpecificityTests {
  /// A text and the markers (kind and covered text) it must give, in order.
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var markers: [(SpecificityMarker.Kind, String)]
    var language: PlanLanguage = .nl
    var testDescription: String { text }
  }

  static let amounts: [Case] = [
    Case(
      text: "Het wijkbudget is € 25.000 per jaar.",
      markers: [(.amount, "€ 25.000"), (.period, "per jaar")]),
    Case(text: "Er is €25.000,- beschikbaar.", markers: [(.amount, "€25.000,-")]),
    Case(text: "Er is 25.000 euro beschikbaar.", markers: [(.amount, "25.000 euro")]),
    Case(text: "Er is €25k voor de buurt.", markers: [(.amount, "€25k")]),
    Case(text: "De raad trekt EUR 3 miljoen uit.", markers: [(.amount, "EUR 3 miljoen")]),
    Case(
      text: "A fund of £10,000 and $2 million.",
      markers: [(.amount, "£10,000"), (.amount, "$2 million")], language: .en),
    Case(text: "Nog drie miljoen euro erbij.", markers: [(.amount, "drie miljoen euro")]),
  ]

  static let dates: [Case] = [
    Case(text: "De avond is op 1 maart 2025 in het buurthuis.", markers: [(.date, "1 maart 2025")]),
    Case(
      text: "The meeting is on 12 March 2024.", markers: [(.date, "12 March 2024")],
      language: .en),
    Case(
      text: "Opened March 12, 2024 by the mayor.", markers: [(.date, "March 12, 2024")],
      language: .en),
    Case(
      text: "Vanaf 2025-03-01 of 01-03-2025 of 01/03/2025 of 01.03.2025.",
      markers: [
        (.date, "2025-03-01"), (.date, "01-03-2025"), (.date, "01/03/2025"),
        (.date, "01.03.2025"),
      ]),
    Case(text: "Het plan loopt tot 2030.", markers: [(.date, "2030")]),
    Case(text: "Het gebouw is van 1850.", markers: []),
  ]

  static let periods: [Case] = [
    Case(
      text: "Oplevering in Q3 en de evaluatie in Q1 2026.",
      markers: [(.period, "Q3"), (.period, "Q1 2026")]),
    Case(
      text: "In het najaar 2024 en in het voorjaar.",
      markers: [(.period, "najaar 2024"), (.period, "voorjaar")]),
    Case(
      text: "Start in maart 2025, overleg in week 12.",
      markers: [(.period, "maart 2025"), (.period, "week 12")]),
    Case(
      text: "We overleggen elk jaar en jaarlijks, twee keer per jaar.",
      markers: [(.period, "elk jaar"), (.period, "jaarlijks"), (.period, "twee keer per jaar")]),
    Case(text: "In het derde kwartaal 2025.", markers: [(.period, "derde kwartaal 2025")]),
    Case(
      text: "In fase 1 halen we ideeën op, in stap 3 besluiten bewoners.",
      markers: [(.period, "fase 1"), (.period, "stap 3")]),
    Case(
      text: "Er is een tweewekelijkse inloop voor bewoners.",
      markers: [(.period, "tweewekelijkse")]),
    Case(
      text: "We report annually, every year, three times a year and twice a year.",
      markers: [
        (.period, "annually"), (.period, "every year"),
        (.period, "three times a year"), (.period, "twice a year"),
      ],
      language: .en),
    Case(text: "We may ask residents.", markers: [], language: .en),
  ]

  static let counts: [Case] = [
    Case(
      text: "Er kwamen 120 bewoners op drie bijeenkomsten.",
      markers: [(.count, "120 bewoners"), (.count, "drie bijeenkomsten")]),
    Case(text: "We received 45 responses.", markers: [(.count, "45 responses")], language: .en),
    Case(text: "Er komen 1.500 woningen.", markers: [(.count, "1.500 woningen")]),
    Case(text: "Zie artikel 3 lid 2 en bijlage 4 tabel 5 woningen.", markers: []),
    Case(text: "Volgens art. 12 bewoners en hoofdstuk 4 bewoners.", markers: []),
    Case(text: "See section 4 residents and article 7 members.", markers: [], language: .en),
    Case(text: "De bouwhoogte is 10 m en 3 van de 5.", markers: []),
    Case(text: "3 Beleidskader en 4 Uitvoering.", markers: []),
    Case(
      text: "Ten aanzien van geluid geldt ten hoogste de norm, zes per jaar.",
      markers: [
        (.period, "per jaar")
      ]),
    Case(
      text: "Ten residents joined; fase 2 nu.", markers: [(.count, "Ten residents")],
      language: .en),
    Case(
      text: "A pond of 20 pounds and 300 ponds.",
      markers: [(.amount, "20 pounds"), (.count, "300 ponds")], language: .en),
  ]

  static let percentages: [Case] = [
    Case(
      text: "Ruim 40% deed mee, 35 % stemde, 40 procent was tevreden.",
      markers: [(.percentage, "40%"), (.percentage, "35 %"), (.percentage, "40 procent")]),
    Case(text: "About 40 percent voted.", markers: [(.percentage, "40 percent")], language: .en),
  ]

  /// Each text gives exactly the expected markers, with the expected extent.
  @Test(arguments: amounts + dates + periods + counts + percentages)
  func findsMarkers(_ testCase: Case) {
    let found = AnalysisTestSupport.markers(testCase.text, language: testCase.language)
    #expect(found.map(\.kind) == testCase.markers.map(\.0))
    #expect(found.map(\.text) == testCase.markers.map(\.1))
  }

  /// Marker offsets count from the start of the analysed substring.
  @Test func offsetsAreRelativeToSubstring() {
    let text = "Eerste zin. Er kwamen 30 bewoners."
    let sentence = text[text.index(text.startIndex, offsetBy: 12)...]
    let analyzer = TextAnalyzer(language: .nl)
    let markers = analyzer.specificity(in: sentence, tokens: analyzer.tokens(in: sentence))
    #expect(markers == [SpecificityMarker(kind: .count, start: 10, end: 21)])
  }
}
