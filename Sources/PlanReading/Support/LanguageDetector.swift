/// Tells Dutch from English text by counting frequent function words.
enum LanguageDetector {
  private static let dutch = words(
    "de het een en van in is op te dat die voor met zijn niet aan er wordt worden bij ook naar "
      + "om door als deze dit wij we hebben heeft kunnen zal uit over tot")
  private static let english = words(
    "the a an and of in is on to that for with be are not at it this by from as was were have "
      + "has will we our their which or can been would should")

  /// The language of the text: Dutch unless English function words clearly win.
  /// Reads at most about 4,000 words; works on bytes, folding ASCII case only
  /// (function words are ASCII). A word is looked up as its bytes packed
  /// into an integer (function words have at most 8 bytes, none of them 0).
  static func detect<S: Sequence>(in texts: S) -> PlanLanguage where S.Element == String {
    var counts = Counts()
    for text in texts {
      var text = text
      text.withUTF8 { counts.add($0) }
      counts.finishWord()
      if counts.seen > 4_000 { break }
    }
    return counts.english > counts.dutch ? .en : .nl
  }

  /// The function words counted so far, and the word being read.
  private struct Counts {
    var dutch = 0
    var english = 0
    var seen = 0
    /// The bytes of the word being read, packed; only the last 8 are kept.
    var key: UInt64 = 0
    var length = 0

    /// Reads the words of `bytes`; the last one may go on in the next text.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...: append(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): append(byte | 0x20)
        default: finishWord()
        }
      }
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
      key = key << 8 | UInt64(byte)
      length += 1
    }

    /// Counts the word read, if any.
    mutating func finishWord() {
      guard length > 0 else { return }
      if length <= 8 {
        if LanguageDetector.contains(LanguageDetector.dutch, key) { dutch += 1 }
        if LanguageDetector.contains(LanguageDetector.english, key) { english += 1 }
      }
      seen += 1
      key = 0
      length = 0
    }
  }

  /// The words of a list, each packed into an integer, sorted.
  private static func words(_ list: String) -> [UInt64] {
    list.split(separator: " ").map { word in
      word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }.sorted()
  }

  /// Whether the sorted `keys` hold `key` (a binary search).
  private static func contains(_ keys: [UInt64], _ key: UInt64) -> Bool {
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < keys.count && keys[low] == key
  }
}
