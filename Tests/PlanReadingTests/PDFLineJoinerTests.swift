import Testing

@testable import PlanReading

@Suite struct PDFLineJoinerTests {}

/// Two line ends, the vocabulary of the document, and the joined text.
struct JoinCase: CustomTestStringConvertible, Sendable {
  var first: String
  var next: String
  var vocabulary: Set<String> = []
  var joined: String
  var testDescription: String { "\(first) + \(next)" }
}

extension PDFLineJoinerTests {
  /// The hyphenation rule, case by case.
  @Test(arguments: [
    JoinCase(first: "de participa-", next: "tie van", joined: "de participatie van"),
    JoinCase(first: "in Noord-", next: "Holland", joined: "in Noord-Holland"),
    JoinCase(first: "het woon-", next: "en werkgebied", joined: "het woon- en werkgebied"),
    JoinCase(first: "deur-aan-", next: "deurgesprekken", joined: "deur-aan-deurgesprekken"),
    JoinCase(first: "huis-", next: "aan-huis bezorgd", joined: "huis-aan-huis bezorgd"),
    JoinCase(
      first: "de sociaal-", next: "economische", vocabulary: ["sociaal-economische"],
      joined: "de sociaal-economische"),
    JoinCase(first: "in 2025–", next: "2028", joined: "in 2025–2028"),
    JoinCase(first: "plan –", next: "wij", joined: "plan – wij"),
    JoinCase(first: "opge\u{AD}", next: "steld", joined: "opgesteld"),
    JoinCase(first: "een zin.", next: "Nog een", joined: "een zin. Nog een"),
  ])
  func joins(_ example: JoinCase) {
    let joiner = PDFLineJoiner(vocabulary: example.vocabulary)
    #expect(joiner.join(example.first, example.next) == example.joined)
  }

  /// The vocabulary leaves out the broken half at a line end.
  @Test func vocabularyLeavesOutBrokenWords() {
    let words = PDFLineJoiner.vocabulary(of: ["de sociaal-economische positie van participa-"])
    #expect(words.contains("sociaal-economische"))
    #expect(!words.contains("participa-"))
    #expect(!words.contains("participa"))
  }

  /// A bare page number, with or without a word around it.
  @Test(arguments: ["12", "- 12 -", "– 3 –", "Pagina 3", "Pagina 3 van 10", "p. 4", "Page 2 of 9"])
  func pageNumbers(_ text: String) {
    #expect(PDFRunningText.isPageNumber(text))
  }

  /// Lines that only hold a number among words are not page numbers.
  @Test(arguments: ["In 2025", "Artikel 3", "40.000 euro"])
  func notPageNumbers(_ text: String) {
    #expect(!PDFRunningText.isPageNumber(text))
  }
}

extension PDFLineJoinerTests {
  /// Ligatures come out as their letters and typographic hyphens as `-`.
  @Test func ligaturesAndHyphens() {
    #expect(PDFLineCollector.plain("\u{FB01}") == ["f", "i"])
    #expect(PDFLineCollector.plain("\u{FB03}") == ["f", "f", "i"])
    #expect(PDFLineCollector.plain("\u{2010}") == ["-"])
    #expect(PDFLineCollector.plain("a") == ["a"])
  }

  /// A title that is only a file name is not the plan's title.
  @Test(arguments: [
    ("Microsoft Word - wijkplan.docx", nil),
    ("wijkplan-definitief.pdf", nil),
    ("Wijkplan Meezenbroek", "Wijkplan Meezenbroek"),
  ] as [(String, String?)])
  func infoTitles(_ title: String, _ expected: String?) {
    #expect(PDFPlanReader.plainTitle(title) == expected)
  }
}
