/// A sentence's text with its tokens, for what needs the words as written
/// (evidence texts, capital letters, punctuation between words) rather than
/// folded.
struct SentenceText {
  /// The sentence as written.
  var text: Substring
  /// Its tokens; their byte offsets are into ``text``.
  var tokens: [Token]

  /// The text of a token span, as written.
  func text(of span: Range<Int>) -> String {
    String(slice(tokens[span.lowerBound].start..<tokens[span.upperBound - 1].end))
  }

  /// The folded words of a token span, joined by spaces.
  func key(of span: Range<Int>) -> String {
    tokens[span].map(\.folded).joined(separator: " ")
  }

  // MARK: - Proper names

  /// The proper name a span stands in: the run of capitalised words around it
  /// that nothing but spaces, hyphens, apostrophes or `&` separate, without
  /// leading `articles` ("The Northfield Trust" is "Northfield Trust"). `nil`
  /// when the span's first word is not capitalised.
  func name(around span: Range<Int>, skipping articles: Set<String>) -> Range<Int>? {
    guard isCapitalised(span.lowerBound) else { return nil }
    var lower = span.lowerBound
    while lower > 0, joins(lower - 1), isCapitalised(lower - 1) { lower -= 1 }
    var upper = span.upperBound
    while upper < tokens.count, joins(upper - 1), isCapitalised(upper) { upper += 1 }
    while lower < span.lowerBound, articles.contains(tokens[lower].folded) { lower += 1 }
    return lower..<upper
  }

  /// Whether a token starts with a capital letter.
  func isCapitalised(_ index: Int) -> Bool {
    slice(tokens[index].start..<tokens[index].end).first?.isUppercase ?? false
  }

  /// Whether token `index` and the next belong to one name: only spaces,
  /// hyphens, apostrophes or `&` stand between them.
  private func joins(_ index: Int) -> Bool {
    slice(tokens[index].end..<tokens[index + 1].start).allSatisfy { character in
      character.isWhitespace || Self.nameJoiners.contains(character)
    }
  }

  private static let nameJoiners: Set<Character> = ["-", "'", "’", "&"]

  /// The text between two byte offsets into ``text``.
  func slice(_ range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return text[start..<end]
  }
}
