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
    var text = example.first
    joiner.append(example.next, to: &text)
    #expect(text == example.joined)
  }

  /// The vocabulary leaves out the broken half at a line end.
  @Test func vocabularyLeavesOutBrokenWords() {
    let words = PDFLineJoiner.vocabulary(of: ["de sociaal-economische positie van participa-"])
    #expect(words.contains("sociaal-economische"))
    #expect(!words.contains("participa-"))
    #expect(!words.contains("participa"))
  }
}
