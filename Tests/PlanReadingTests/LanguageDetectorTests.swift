import Testing

@testable import PlanReading

/// ``LanguageDetector`` looks words up packed into integers; these tests pin
/// it to the look-up in sets of byte arrays it replaced (``SetDetector``,
/// kept here as the reference).
@Suite("LanguageDetector: function words packed into integers")
struct LanguageDetectorTests {
  /// The detector as it was before, counting both languages' function words.
  private enum SetDetector {
    static let dutch = words(
      "de het een en van in is op te dat die voor met zijn niet aan er wordt worden bij ook "
        + "naar om door als deze dit wij we hebben heeft kunnen zal uit over tot")
    static let english = words(
      "the a an and of in is on to that for with be are not at it this by from as was were "
        + "have has will we our their which or can been would should")

    static func detect(in texts: [String]) -> PlanLanguage {
      var dutchCount = 0
      var englishCount = 0
      var seen = 0
      var word: [UInt8] = []
      func finishWord() {
        guard !word.isEmpty else { return }
        if dutch.contains(word) { dutchCount += 1 }
        if english.contains(word) { englishCount += 1 }
        seen += 1
        word.removeAll(keepingCapacity: true)
      }
      for text in texts {
        for byte in text.utf8 {
          switch byte {
          case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(byte)
          case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
          case 0x80...: word.append(byte)
          default: finishWord()
          }
        }
        finishWord()
        if seen > 4_000 { break }
      }
      return englishCount > dutchCount ? .en : .nl
    }

    private static func words(_ list: String) -> Set<[UInt8]> {
      Set(list.split(separator: " ").map { Array($0.utf8) })
    }
  }

  @Test(
    "texts are told apart as before",
    arguments: [
      ["De bewoners van de wijk en het college."], ["The residents of the area and the council."],
      ["THE WIJK", "De THE the"], ["the de", "the"], ["ßthe théthe the–de de"],
      ["abcdefthe wouldshould shouldshould hebbenhebben hebben"], ["x", ""], [],
      ["1the 2de de3 the_the the-the ＴＨＥ ｄｅ"],
      Array(repeating: "the de het", count: 2_000) + ["the the the the the"],
    ])
  func detects(_ texts: [String]) {
    #expect(LanguageDetector.detect(in: texts) == SetDetector.detect(in: texts))
  }

  /// Every function word, in capitals or not, alone or glued to others.
  @Test("each function word counts as before")
  func functionWords() {
    let words = (SetDetector.dutch.union(SetDetector.english)).map {
      String(decoding: $0, as: UTF8.self)
    }
    for word in words {
      for text in [word, word.uppercased(), word + word, word + "s", "é" + word, word + " " + word]
      {
        #expect(LanguageDetector.detect(in: [text]) == SetDetector.detect(in: [text]), "\(text)")
        #expect(
          LanguageDetector.detect(in: [text, "the de"]) == SetDetector.detect(in: [text, "the de"]))
      }
    }
  }
}
