/// Tells Dutch from English text by counting frequent function words.
enum LanguageDetector {
  private static let dutch: Set<[UInt8]> = words(
    "de het een en van in is op te dat die voor met zijn niet aan er wordt worden bij ook naar "
      + "om door als deze dit wij we hebben heeft kunnen zal uit over tot")
  private static let english: Set<[UInt8]> = words(
    "the a an and of in is on to that for with be are not at it this by from as was were have "
      + "has will we our their which or can been would should")

  /// The language of the text: Dutch unless English function words clearly win.
  /// Reads at most about 4,000 words; works on bytes, folding ASCII case only
  /// (function words are ASCII).
  static func detect<S: Sequence>(in texts: S) -> PlanLanguage where S.Element == String {
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
