/// A line that reads as a heading although it has no Markdown heading markup.
struct HeadingCandidate {
  /// How the line shows that it is a heading.
  enum Style {
    /// It starts with a section number (`3.2 …`, `Hoofdstuk 4 …`).
    case numbered(SectionNumber)
    /// It is short and set in capitals, or bold and nothing else.
    case emphasis
  }

  /// The heading's plain text.
  var title: String
  /// How the line shows that it is a heading.
  var style: Style
}

/// Decides whether a line without Markdown heading markup is a heading:
/// a numbered title (`3.2 Participatie van bewoners`, `Hoofdstuk 4`), a short
/// line in capitals (`INLEIDING`) or a line that is bold and nothing else
/// (`**Overleg**`). A numbered line that is a long sentence, ends like a
/// sentence or runs on into a lower-case next line is not a heading.
enum HeadingDetector {
  /// The most words a numbered or bold heading's title may have.
  static let maximumWords = 12
  /// The most words a heading in capitals may have.
  static let maximumCapitalWords = 10
  /// Lines longer than this (in UTF-8 bytes) are never headings.
  private static let maximumBytes = 200

  /// The heading a line reads as, or `nil` when it is not one.
  /// - Parameters:
  ///   - text: The cleaned, trimmed line, markup included.
  ///   - next: The line after it, if any.
  static func detect(_ text: Substring, next: SourceLine?) -> HeadingCandidate? {
    guard text.utf8.count <= maximumBytes else { return nil }
    let plain = InlineMarkup.plainText(text)
    guard !plain.isEmpty, !endsLikeSentence(plain) else { return nil }
    let runsOn = next.map(continuesSentence) ?? false
    if let number = SectionNumber.parse(plain[...]), isNumberedTitle(number) {
      return runsOn ? nil : HeadingCandidate(title: plain, style: .numbered(number))
    }
    let words = wordCount(plain)
    if words <= maximumCapitalWords, isInCapitals(plain), !runsOn {
      return HeadingCandidate(title: plain, style: .emphasis)
    }
    if words <= maximumWords, isBoldOnly(text), hasLetters(plain) {
      return HeadingCandidate(title: plain, style: .emphasis)
    }
    return nil
  }

  // MARK: - Tests on the text

  /// Whether a numbered line's title is a title: short, and capitalised (after
  /// a bare number) or at least not lower-case (after a keyword). `1.` with
  /// text is a list item, not a heading.
  private static func isNumberedTitle(_ number: SectionNumber) -> Bool {
    guard wordCount(number.title) <= maximumWords else { return false }
    if number.hasKeyword {
      return number.title.first.map { !$0.isLowercase } ?? true
    }
    guard !number.isDottedSingle, let first = number.title.first else { return false }
    return first.isUppercase
  }

  /// Whether the next line carries on a sentence: it starts in lower case and
  /// is not a list item (`a) …`).
  private static func continuesSentence(_ next: SourceLine) -> Bool {
    next.text.first?.isLowercase == true && ListMarker.content(of: next.text) == nil
  }

  /// Whether the text ends with punctuation that closes a sentence or clause.
  static func endsLikeSentence<S: StringProtocol>(_ text: S) -> Bool {
    guard let last = text.last else { return false }
    return last == "." || last == "," || last == ";" || last == ":" || last == "!"
  }

  /// Whether the text has a word of at least two letters and no letter in
  /// lower case (so `B.V.)` is not a heading).
  private static func isInCapitals(_ text: String) -> Bool {
    var run = 0
    var longestRun = 0
    for scalar in text.unicodeScalars {
      if scalar.properties.isLowercase { return false }
      run = scalar.properties.isAlphabetic ? run + 1 : 0
      longestRun = max(longestRun, run)
    }
    return longestRun >= 2
  }

  /// Whether the text has at least two letters.
  private static func hasLetters(_ text: String) -> Bool {
    text.unicodeScalars.lazy.filter(\.properties.isAlphabetic).prefix(2).count == 2
  }

  /// Whether the whole line is wrapped in `**…**` or `__…__`.
  private static func isBoldOnly(_ text: Substring) -> Bool {
    // Both fences start with their first byte; most lines start with neither.
    guard let first = text.utf8.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
    else { return false }
    for fence in ["**", "__"] where text.hasPrefix(fence) && text.hasSuffix(fence) {
      let inner = text.dropFirst(2).dropLast(2)
      return inner.count > 1 && !inner.contains(fence)
    }
    return false
  }

  /// The number of space-separated words in collapsed text.
  private static func wordCount<S: StringProtocol>(_ text: S) -> Int {
    guard !text.isEmpty else { return 0 }
    return text.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
  }
}
