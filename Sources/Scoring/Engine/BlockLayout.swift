import PlanReading

/// What a block is, as far as evidence is concerned: prose, a heading, a line
/// that only looks like prose but is a heading, or an entry of a table of
/// contents. Only prose is ever quoted as evidence; headings and bare headings
/// count for section-scope rules; contents entries count for nothing.
enum BlockLayout: Equatable {
  /// Running text, a list item or a table cell.
  case prose
  /// A heading, as the reader found it.
  case heading
  /// A short line in capitals (anywhere), a short paragraph without closing
  /// punctuation (or a short question), or a table cell or list item of one
  /// or two words, that stands as a heading or label ("Inspraak/Participatie",
  /// "Reactie gemeente", "4.2 Overleg", "Heeft u een idee?"), or the title
  /// line at the top of a document.
  case bareHeading
  /// A line of a table of contents: dotted leaders, a trailing page number
  /// (also glued to the last word, as contents come out of a PDF), or the
  /// title of a heading of the same plan repeated outside it; and a footnote
  /// that names a source document.
  case contentsEntry

  /// The most words a bare heading or a contents entry has.
  static let maxHeadingWords = 12
  /// The most words a line without a section number has to be a bare heading.
  static let maxBareHeadingWords = 8
  /// The most words a table cell or list item has to be a label.
  static let maxLabelWords = 2
  /// The most words the title line at the top of a document has.
  static let maxTitleWords = 25
  /// Blocks longer than this, in bytes, are prose whatever their shape (no
  /// title of at most 25 words is this long).
  static let maxLayoutBytes = 600

  /// Classifies a block.
  /// - Parameters:
  ///   - block: The block.
  ///   - headingTitles: The folded titles of the plan's headings, without
  ///     their section numbers (see ``folded(_:)``).
  ///   - atDocumentStart: Whether no heading and no prose came before it: a
  ///     line there without closing punctuation is the document's title.
  static func of(
    _ block: Block, headingTitles: Set<String>, atDocumentStart: Bool = false
  ) -> BlockLayout {
    if block.kind == .heading { return .heading }
    // Long blocks are prose; they are not split into words on the hot path.
    guard block.text.utf8.count <= maxLayoutBytes else { return .prose }
    let text = trimmedOfSpaces(block.text)
    // More words than a title has (or, after the document's start, more
    // than the 13 of the longest heading or contents entry) are as many as
    // any number more.
    let mayBeTitle = atDocumentStart && block.kind == .paragraph
    let words = layoutWords(text, atMost: mayBeTitle ? maxTitleWords + 1 : maxHeadingWords + 2)
    if mayBeTitle, !words.isEmpty, words.count <= maxTitleWords,
      !endsSentence(words[...])
    {
      return .bareHeading
    }
    if isSourceNote(words) { return .contentsEntry }
    guard !words.isEmpty, words.count <= maxHeadingWords + 1 else { return .prose }
    if hasLeaderDots(text) { return .contentsEntry }
    let title = folded(text)
    if !title.isEmpty, headingTitles.contains(title) { return .contentsEntry }
    let numbered = words[0].isSectionNumber
    if numbered, endsWithPageNumber(words), !endsSentence(words.dropLast()) {
      return .contentsEntry
    }
    // A short line ending in a page number glued to its last word
    // ("Zienswijzen77") is a line of contents; a line in capitals is a heading
    // wherever it stands (paragraph, list or table), and with page numbers
    // after its words a line of contents ("INSPRAAK49 ZIENSWIJZEN49",
    // "OVERLEG EN INSPRAAK 46").
    if let last = words.last, endsInGluedNumber(last, minimumDigits: 2),
      !endsSentence(words[...])
    {
      return .contentsEntry
    }
    if isInCapitals(text), !endsSentence(words[...]) {
      return endsWithPageNumber(words) || words.contains { endsInGluedNumber($0) }
        ? .contentsEntry : .bareHeading
    }
    // A table cell or list item of one or two words is a label ("Zienswijze",
    // "Reactie gemeente"), not a statement anyone could check.
    if block.kind == .tableCell || block.kind == .listItem, words.count <= maxLabelWords,
      !endsSentence(words[...]), let first = text.first, first.isUppercase
    {
      return .bareHeading
    }
    guard block.kind == .paragraph,
      !endsSentence(words[...]) || (text.hasSuffix("?") && words.count <= maxBareHeadingWords),
      words.count <= (numbered ? maxHeadingWords : maxBareHeadingWords),
      let first = text.first, first.isUppercase || numbered
    else { return .prose }
    return .bareHeading
  }

  /// Whether a block of prose reads as running text: longer than any entry
  /// of a table of contents and ending a sentence. A table of contents run
  /// together into one paragraph ends in a page number, not a full stop.
  static func isRunningText(_ text: String) -> Bool {
    guard text.utf8.count <= maxLayoutBytes else {
      return endsWithSentenceMark(text)
    }
    let words = layoutWords(trimmedOfSpaces(text), atMost: maxHeadingWords + 1)
    return words.count > maxHeadingWords && endsWithSentenceMark(text)
  }

  /// Whether a text's last character other than a space closes a sentence.
  private static func endsWithSentenceMark(_ text: String) -> Bool {
    guard let last = text.utf8.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }) else {
      return false
    }
    return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
  }

  /// A title folded for comparison: lower case, without a leading section
  /// number or "Hoofdstuk 3" and without a trailing page number.
  static func folded(_ title: String) -> String {
    var copy = title
    if let ascii = copy.withUTF8(foldedASCII) { return ascii }
    var words = title.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(
      String.init)
    while let first = words.first,
      startsWithSectionNumber(Substring(first))
        || ["hoofdstuk", "chapter", "paragraaf", "bijlage", "appendix", "•", "-", "*"].contains(
          first)
    {
      words.removeFirst()
    }
    if words.count > 1, let last = words.last, last.allSatisfy(\.isNumber) { words.removeLast() }
    return trimmedOfPunctuation(words.joined(separator: " "))
  }

  /// ``folded(_:)`` of an ASCII title (where every byte is a character and
  /// `lowercased()` lower-cases `A`–`Z` only): its words found on the bytes,
  /// joined by single spaces in one string and trimmed of ASCII punctuation
  /// (``UTF8Text/isASCIIPunctuation(_:)``); `nil` for a title that is not ASCII.
  private static func foldedASCII(_ title: UnsafeBufferPointer<UInt8>) -> String? {
    guard title.allSatisfy({ $0 < 0x80 }) else { return nil }
    var words: [Range<Int>] = []
    var start: Int?
    for index in 0...title.count {
      if index == title.count || title[index] == 0x20 || title[index] == 0x09 {
        if let wordStart = start { words.append(wordStart..<index) }
        start = nil
      } else if start == nil {
        start = index
      }
    }
    var first = 0
    while first < words.count, isDroppedLeadingWord(title[words[first]]) { first += 1 }
    var end = words.count
    if end - first > 1, title[words[end - 1]].allSatisfy(UTF8Text.isASCIIDigit) { end -= 1 }
    let kept = words[first..<end]
    let count = kept.reduce(max(kept.count - 1, 0)) { $0 + $1.count }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var written = 0
      for word in kept {
        if written > 0 {
          buffer[written] = 0x20
          written += 1
        }
        for byte in title[word] {
          buffer[written] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          written += 1
        }
      }
      // Punctuation at either end goes; a space is none, so what is left of
      // the joined words starts and ends inside a word.
      var start = 0
      while start < written, UTF8Text.isASCIIPunctuation(buffer[start]) { start += 1 }
      var end = written
      while end > start, UTF8Text.isASCIIPunctuation(buffer[end - 1]) { end -= 1 }
      if start > 0 {
        for index in start..<end { buffer[index - start] = buffer[index] }
      }
      return end - start
    }
  }

  /// Whether an ASCII word is one ``folded(_:)`` drops before a title: a
  /// section number or one of ``droppedLeadingWords`` in any case.
  private static func isDroppedLeadingWord(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    if startsWithSectionNumberASCII(word) { return true }
    return droppedLeadingWords.contains { dropped in
      dropped.count == word.count
        && zip(dropped, word).allSatisfy { $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
    }
  }

  /// The ASCII words before a title that ``folded(_:)`` drops.
  private static let droppedLeadingWords: [[UInt8]] =
    ["hoofdstuk", "chapter", "paragraaf", "bijlage", "appendix", "-", "*"].map { Array($0.utf8) }

  /// ``startsWithSectionNumber(_:)`` of an ASCII word, whose only numbers are digits.
  private static func startsWithSectionNumberASCII(
    _ word: Slice<UnsafeBufferPointer<UInt8>>
  ) -> Bool {
    guard let first = word.first, UTF8Text.isASCIIDigit(first) else { return false }
    return word.allSatisfy { UTF8Text.isASCIIDigit($0) || $0 == UInt8(ascii: ".") }
      && word.count <= 8
  }

  /// The text without punctuation (Unicode `P*`) at either end, as
  /// `trimmingCharacters(in: .punctuationCharacters)` gives it, without
  /// bridging to Foundation.
  private static func trimmedOfPunctuation(_ text: String) -> String {
    trimmed(text) { scalar in
      switch scalar.properties.generalCategory {
      case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
        .initialPunctuation, .finalPunctuation, .otherPunctuation:
        true
      default: false
      }
    }
  }

  /// The text without the tabs and space separators (Unicode `Zs`) at
  /// either end, as `trimmingCharacters(in: .whitespaces)` gives it.
  private static func trimmedOfSpaces(_ text: String) -> String {
    // Text that starts and ends with ASCII other than a space or a tab has
    // nothing to trim.
    if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80,
      first != 0x20, first != 0x09, last != 0x20, last != 0x09
    {
      return text
    }
    return trimmed(text, where: UTF8Text.isTabOrSpaceSeparator)
  }

  /// The text without the unicode scalars at either end that `isTrimmed`
  /// picks, as Foundation trims a character set.
  private static func trimmed(
    _ text: String, where isTrimmed: (Unicode.Scalar) -> Bool
  ) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
      let last = scalars.lastIndex(where: { !isTrimmed($0) })
    else { return "" }
    if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) {
      return text
    }
    return String(scalars[first...last])
  }

  /// The shapes of the first `limit` words of a line, split at spaces: byte
  /// by byte where every scalar is a character of its own
  /// (``UTF8Text/scalarsAreCharacters(_:)``, so a space byte is a space
  /// character), otherwise character by character. A word of ASCII without a
  /// carriage return (which joins a line feed into one character) is read on
  /// its bytes, any other by `Character`s.
  private static func layoutWords(_ text: String, atMost limit: Int) -> [LayoutWord] {
    var copy = text
    let fromBytes: [LayoutWord]? = copy.withUTF8 { bytes in
      guard UTF8Text.scalarsAreCharacters(bytes) else { return nil }
      var words: [LayoutWord] = []
      words.reserveCapacity(limit)
      /// The shape of the word at `range`, which starts and ends at scalars.
      func word(_ range: Range<Int>) -> LayoutWord {
        let word = bytes[range]
        if word.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return LayoutWord(ascii: word) }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return LayoutWord(text[start..<utf8.index(start, offsetBy: range.count)])
      }
      var start: Int?
      var index = 0
      while index < bytes.count, words.count < limit {
        if bytes[index] == 0x20 {
          if let wordStart = start { words.append(word(wordStart..<index)) }
          start = nil
        } else if start == nil {
          start = index
        }
        index += 1
      }
      if words.count < limit, let wordStart = start { words.append(word(wordStart..<bytes.count)) }
      return words
    }
    if let fromBytes { return fromBytes }
    var words: [LayoutWord] = []
    words.reserveCapacity(limit)
    var start: String.Index?
    var index = text.startIndex
    while index != text.endIndex, words.count < limit {
      if text[index] == " " {
        if let wordStart = start { words.append(LayoutWord(text[wordStart..<index])) }
        start = nil
      } else if start == nil {
        start = index
      }
      text.formIndex(after: &index)
    }
    if words.count < limit, let wordStart = start { words.append(LayoutWord(text[wordStart...])) }
    return words
  }

  /// The dotted leaders of a line of contents, as bytes.
  private static let leaders: [[UInt8]] = ["....", "…..", ". . . .", "……"].map { Array($0.utf8) }

  private static func hasLeaderDots(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count >= 4 else { return false }
      // Every leader starts with "." or the first byte of "…".
      for start in 0...(bytes.count - 4) where bytes[start] == 0x2E || bytes[start] == 0xE2 {
        for leader in leaders where start + leader.count <= bytes.count {
          if leader.indices.allSatisfy({ bytes[start + $0] == leader[$0] }) { return true }
        }
      }
      return false
    }
  }

  /// The section number a title starts with, after "Hoofdstuk", "Chapter"
  /// or "Paragraaf": "3.1 Inspraak" gives `[3, 1]`, "Hoofdstuk 5 Uitvoerbaarheid"
  /// `[5]`; `nil` for a title without one.
  static func sectionNumber(_ title: String) -> [Int]? {
    // An ASCII title is read on its bytes, any other by `Character`s.
    if let number = title.utf8.withContiguousStorageIfAvailable(asciiSectionNumber) ?? nil {
      return number
    }
    // Only the first two words count; the rest of the title is not split.
    var words = title.split(maxSplits: 2, whereSeparator: { $0 == " " || $0 == "\t" }).prefix(2)
    if let first = words.first,
      ["hoofdstuk", "chapter", "paragraaf", "section"].contains(first.lowercased())
    {
      words = words.dropFirst()
    }
    guard let word = words.first, startsWithSectionNumber(word) else { return nil }
    // A year or a house number is no section number.
    let parts = word.split(separator: ".").compactMap { Int($0) }
    return parts.isEmpty || parts.contains { $0 >= 100 } ? nil : parts
  }

  /// The words before a section number, lower-cased, as bytes.
  private static let sectionKeywords: [[UInt8]] = ["hoofdstuk", "chapter", "paragraaf", "section"]
    .map { Array($0.utf8) }

  /// ``sectionNumber(_:)`` of a title in ASCII, read on its bytes: `nil` when
  /// the title is not ASCII, else the number or `.some(nil)` for none. In
  /// ASCII a `Character` is a byte (but for `\r\n`, which no section number
  /// holds), a number is a digit and only `A` to `Z` are lower-cased.
  private static func asciiSectionNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int]?? {
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    var position = 0
    /// The next run of bytes that are no space or tab, if any.
    func nextWord() -> Range<Int>? {
      while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 {
        position += 1
      }
      guard position < bytes.count else { return nil }
      let start = position
      while position < bytes.count, bytes[position] != 0x20, bytes[position] != 0x09 {
        position += 1
      }
      return start..<position
    }
    guard var word = nextWord() else { return .some(nil) }
    let isKeyword = sectionKeywords.contains { keyword in
      keyword.count == word.count
        && zip(keyword, bytes[word]).allSatisfy { expected, byte in
          expected == (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
    }
    if isKeyword {
      guard let next = nextWord() else { return .some(nil) }
      word = next
    }
    guard startsWithSectionNumberASCII(bytes[word]) else { return .some(nil) }
    // A year or a house number is no section number.
    var parts: [Int] = []
    var part: Int?
    for byte in bytes[word] {
      if byte == UInt8(ascii: ".") {
        if let part { parts.append(part) }
        part = nil
      } else {
        part = (part ?? 0) * 10 + Int(byte - UInt8(ascii: "0"))
      }
    }
    if let part { parts.append(part) }
    return .some(parts.contains { $0 >= 100 } ? nil : parts)
  }

  /// Whether a word starts with a number and has only numbers and periods,
  /// at most 8 characters ("3.1", "12.").
  static func startsWithSectionNumber(_ word: Substring) -> Bool {
    guard let first = word.first, first.isNumber else { return false }
    return word.allSatisfy { $0.isNumber || $0 == "." } && word.count <= 8
  }

  private static func endsWithPageNumber(_ words: [LayoutWord]) -> Bool {
    guard words.count >= 2, let last = words.last else { return false }
    return last.count <= 3 && last.isNumber
  }

  /// Whether a line is a footnote that names a source: its number, then an
  /// author or body and a comma within the first words ("12 Gemeente Baarn,
  /// Reactienota …", "3 Wonen Zuid, Notulen …"). A sentence that starts with
  /// a number goes on in lower case ("12 bewoners kwamen").
  private static func isSourceNote(_ words: [LayoutWord]) -> Bool {
    guard words.count >= 3, let number = words.first, number.count <= 3, number.isNumber,
      words[1].startsUppercase
    else { return false }
    return words[1..<min(words.count, 5)].contains { $0.endsWithComma }
  }

  /// Whether a text has at least two letters and no lower-case letter.
  private static func isInCapitals(_ text: String) -> Bool {
    var copy = text
    // In ASCII the letters are `A`–`Z` and `a`–`z`, and only `a`–`z` are lower case.
    let ascii: Bool? = copy.withUTF8 { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var letters = 0
      for byte in bytes where UTF8Text.isASCIILetter(byte) {
        if byte >= 0x61 { return false }
        letters += 1
      }
      return letters >= 2
    }
    if let ascii { return ascii }
    var letters = 0
    for character in text where character.isLetter {
      if character.isLowercase { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// Whether a word is letters with digits glued after them (`INSPRAAK49`),
  /// as a page number stands after a title in contents turned into text.
  private static func endsInGluedNumber(_ word: LayoutWord, minimumDigits: Int = 1) -> Bool {
    let digits = word.trailingNumbers
    guard digits >= minimumDigits, digits <= 3, digits < word.count else { return false }
    return word.letterBeforeTrailingNumbers
  }

  private static func endsSentence(_ words: ArraySlice<LayoutWord>) -> Bool {
    words.last?.endsSentence ?? false
  }
}
