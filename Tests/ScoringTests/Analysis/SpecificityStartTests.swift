import PlanReading
import TestSupport
import Testing

@testable import Scoring

/// The specificity scanner tries the kinds of marker only at tokens whose
/// word classes can start one (``SpecificityWordClass/markerStarts``), where
/// it tried them at every token with a class; these tests pin the markers to
/// those of the scan it replaces, on generated sentences.
@Suite("Specificity markers: tried only where one can start")
struct SpecificityStartTests {
  /// The scan before: every kind tried at every token with any class.
  private static func markersBefore(_ scanner: SpecificityScanner) -> [SpecificityMarker] {
    let tokens = scanner.tokens
    var markers: [SpecificityMarker] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      let first = token.folded.utf8.first
      let mayStart =
        first.map {
          UTF8Text.isASCIIDigit($0) || ($0 == UInt8(ascii: "q") && token.folded.utf8.count == 2)
        } ?? false
      if token.wordClasses.isEmpty, !token.isNumber, !mayStart {
        index += 1
        continue
      }
      guard
        let found = scanner.date(at: index) ?? scanner.amount(at: index)
          ?? scanner.percentage(at: index) ?? scanner.period(at: index)
          ?? scanner.count(at: index) ?? scanner.year(at: index)
      else {
        index += 1
        continue
      }
      markers.append(SpecificityMarker(kind: found.kind, start: found.start, end: found.end))
      index = max(found.nextToken, index + 1)
    }
    return markers
  }

  /// Words of every list, numbers, dates, currency signs and the words the
  /// markers start with, in both languages.
  private static let alphabet: [String] = [
    " ", " ", " ", "de ", "het ", "een ", "per ", "jaar", "maand", "week ", "fase ", "stap ",
    "ronde ", "stage ", "phase ", "twice ", "once ", "a ", "an ", "every ", "elke ", "keer ",
    "times ", "twee ", "three ", "vijf", "maart ", "May ", "may ", "januari", "voorjaar ", "Q3",
    "q5", "derde ", "kwartaal ", "quarter ", "jaarlijks ", "tweewekelijkse ", "euro", "EUR ",
    "€ ", "€", "$", "25.000", ",-", "25k ", "3,5", "%", " procent", "percent ", "12", "1",
    "2025", "1999", "01.03.2025", "-", "/", "03", "artikel ", "lid ", "bewoners ", "m2 ", "Acht",
    "in ", "miljoen ", "million ", "x", ".", ",", "\u{00A0}", "bijeenkomsten",
  ]

  @Test(
    "generated sentences give the markers of the scan before", arguments: [PlanLanguage.nl, .en])
  func generated(language: PlanLanguage) {
    let analyzer = TextAnalyzer(language: language)
    var found = 0
    for text in GeneratedTexts(Self.alphabet, count: 20_000, lengthShift: 59) {
      var copy = text
      let tokens = analyzer.tokens(in: text[...])
      copy.withUTF8 { bytes in
        let scanner = SpecificityScanner(bytes: bytes, tokens: tokens)
        let markers = scanner.markers()
        #expect(markers == Self.markersBefore(scanner), "\(text)")
        found += markers.count
      }
    }
    #expect(found > 1_000)
  }

  /// Every word a marker starts with by its spelling rather than its class
  /// (`week`, `een`, `twice`, `once` and the phase words) that has a class
  /// has ``SpecificityWordClass/starter`` (English `een` only as a
  /// function word before), so skipping tokens without a starting class
  /// never skips one of them.
  @Test("words tested by spelling are starters", arguments: [PlanLanguage.nl, .en])
  func spelledStarters(language: PlanLanguage) {
    let table = SpecificityWordClass.table(for: language)
    #expect(SpecificityVocabulary.spelledStarts.count == 11)
    for word in SpecificityVocabulary.spelledStarts {
      let classes = table.classes(of: word)
      #expect(classes.isEmpty || classes.contains(.starter), "\(word)")
    }
  }
}
