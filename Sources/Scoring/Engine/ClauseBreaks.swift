/// Where the clauses of a sentence break: the token indices with a comma,
/// semicolon, colon or bracket between them and the token before. Found once
/// per sentence, so finding the end of a match's clause is a binary search
/// rather than a walk to the next break.
struct ClauseBreaks {
  /// The token indices before which a clause breaks, ascending.
  private let breaks: [Int]
  /// The number of tokens of the sentence.
  private let tokenCount: Int

  /// The breaks of a sentence's tokens.
  /// - Parameters:
  ///   - tokens: The sentence's tokens; their offsets are into `text`.
  ///   - text: The sentence.
  ///   - counter: Where the bytes looked at are counted, if anywhere.
  init(tokens: [Token], text: Substring, counting counter: WorkCounter? = nil) {
    tokenCount = tokens.count
    breaks = UTF8Text.withBytes(of: text) { bytes in
      var breaks: [Int] = []
      for index in tokens.indices.dropFirst() {
        let gap = tokens[index - 1].end..<tokens[index].start
        counter?.context += gap.count
        if gap.contains(where: { Self.breakBytes.contains(bytes[$0]) }) { breaks.append(index) }
      }
      return breaks
    }
  }

  /// The token index where the clause holding `match` ends (exclusive): the
  /// first break after the match, or the end of the sentence.
  func end(after match: Range<Int>) -> Int {
    var low = 0
    var high = breaks.count
    while low < high {
      let middle = (low + high) / 2
      if breaks[middle] < match.upperBound { low = middle + 1 } else { high = middle }
    }
    return low < breaks.count ? breaks[low] : tokenCount
  }

  /// The token index where the clause holding `match` starts: the last
  /// break at or before the match's start, or the start of the sentence.
  func start(before match: Range<Int>) -> Int {
    var low = 0
    var high = breaks.count
    while low < high {
      let middle = (low + high) / 2
      if breaks[middle] <= match.lowerBound { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? breaks[low - 1] : 0
  }

  private static let breakBytes: Set<UInt8> = [
    UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("),
    UInt8(ascii: ")"),
  ]
}
