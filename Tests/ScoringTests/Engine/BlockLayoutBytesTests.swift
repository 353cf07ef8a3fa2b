import PlanReading
import TestSupport
import Testing

@testable import Scoring

/// ``BlockLayout/of(_:headingTitles:atDocumentStart:)``, ``BlockLayout/isRunningText(_:)``
/// and ``BlockLayout/folded(_:)`` read the words of an ASCII block on its
/// bytes (``LayoutWord``), where they split every short block into `Substring`
/// words and asked each one's `Character`s; these tests pin them to that code
/// (kept here as the reference) on generated blocks in and beyond ASCII.
@Suite("BlockLayout: the shapes of short blocks on bytes, as before")
struct BlockLayoutBytesTests {
  /// Letters, capitals, digits, spaces, tabs, punctuation, dotted leaders,
  /// section words, line breaks (`\r\n` is one character), no-break spaces,
  /// letters beyond ASCII, numbers that are no digits and combining marks.
  private static let alphabet: [String] = [
    " ", " ", " ", "\t", "wijk", "Plan", "INSPRAAK", "Reactie", "a", "B", "3", "12", "49", "3.1",
    ".", ",", ":", "?", "!", ";", "-", "*", "\"", "(", ")", "$", "+", "....", ". . . .", "…..", "……",
    "…", "Hoofdstuk", "bijlage", "\r\n", "\r", "\n", "\u{00A0}", "é", "É", "ĳ", "½", "²", "٣",
    "\u{0301}", "’", "€", "Zienswijzen77", "x1", "_", "[", "}",
  ]

  /// The titles that generated blocks are compared with, folded as before.
  private static let titles: Set<String> = Set(
    ["Inspraak", "3.1 Reactie", "wijk", "Plan wijk", "INSPRAAK 12", "é", "Plan."].map(
      BlockLayoutBefore.folded))

  @Test("generated blocks have the layout they had, in every kind and place")
  func generated() {
    var layouts: [BlockLayout: Int] = [:]
    for text in GeneratedTexts(Self.alphabet, count: 40_000, lengthShift: 59) {
      #expect(BlockLayout.folded(text) == BlockLayoutBefore.folded(text), "\(text.debugDescription)")
      #expect(
        BlockLayout.isRunningText(text) == BlockLayoutBefore.isRunningText(text),
        "\(text.debugDescription)")
      for kind in [BlockKind.paragraph, .listItem, .tableCell] {
        for atDocumentStart in [false, true] {
          let block = Block(
            kind: kind, text: text, headingPath: [], location: SourceLocation(line: 1, column: 1))
          let layout = BlockLayout.of(
            block, headingTitles: Self.titles, atDocumentStart: atDocumentStart)
          #expect(
            layout
              == BlockLayoutBefore.of(
                block, headingTitles: Self.titles, atDocumentStart: atDocumentStart),
            "\(text.debugDescription) \(kind) \(atDocumentStart)")
          layouts[layout, default: 0] += 1
        }
      }
    }
    #expect(layouts.count == 3)
    #expect(layouts.values.allSatisfy { $0 > 1_000 })
  }

  @Test("ASCII punctuation is Unicode's")
  func punctuation() {
    for byte in UInt8(0)..<0x80 {
      let isPunctuation =
        switch Unicode.Scalar(byte).properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
          .initialPunctuation, .finalPunctuation, .otherPunctuation:
          true
        default: false
        }
      #expect(UTF8Text.isASCIIPunctuation(byte) == isPunctuation, "\(byte)")
    }
  }
}

/// The shape tests of ``BlockLayout`` before they read ASCII words on bytes.
private enum BlockLayoutBefore {
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
    let words = spaceSeparatedWords(
      text, atMost: mayBeTitle ? maxTitleWords + 1 : maxHeadingWords + 2)
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
    let numbered = startsWithSectionNumber(words[0])
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
    let words = spaceSeparatedWords(trimmedOfSpaces(text), atMost: maxHeadingWords + 1)
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
    if let ascii = copy.withUTF8(foldedASCII) { return trimmedOfPunctuation(ascii) }
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

  /// The words ``folded(_:)`` joins for an ASCII title (where every byte is
  /// a character and `lowercased()` lower-cases `A`–`Z` only), found on the
  /// bytes and joined by single spaces in one string; `nil` for a title that
  /// is not ASCII.
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
      return written
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
    trimmed(text, where: UTF8Text.isTabOrSpaceSeparator)
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

  /// The first `limit` words of a line, split at spaces: byte by byte where
  /// every scalar is a character of its own (``UTF8Text/scalarsAreCharacters(_:)``,
  /// so a space byte is a space character), otherwise character by character.
  private static func spaceSeparatedWords(_ text: String, atMost limit: Int) -> [Substring] {
    var copy = text
    if copy.withUTF8({ UTF8Text.scalarsAreCharacters($0) }) {
      return words(of: text, in: text.utf8, atMost: limit) { $0 == UInt8(ascii: " ") }
    }
    return words(of: text, in: text, atMost: limit) { $0 == " " }
  }

  /// The first `limit` runs of `text` between the elements of `view` (its
  /// bytes or its characters) that `isSpace` picks.
  private static func words<View: Collection>(
    of text: String, in view: View, atMost limit: Int, isSpace: (View.Element) -> Bool
  ) -> [Substring] where View.Index == String.Index {
    var words: [Substring] = []
    words.reserveCapacity(limit)
    var start: String.Index?
    var index = view.startIndex
    while index != view.endIndex, words.count < limit {
      if isSpace(view[index]) {
        if let wordStart = start { words.append(text[wordStart..<index]) }
        start = nil
      } else if start == nil {
        start = index
      }
      view.formIndex(after: &index)
    }
    if words.count < limit, let wordStart = start { words.append(text[wordStart...]) }
    return words
  }

  /// The dotted leaders of a line of contents, as bytes.
  private static let leaders: [[UInt8]] = ["....", "…..", ". . . .", "……"].map { Array($0.utf8) }

  private static func hasLeaderDots(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count >= 4 else { return false }
      for start in 0...(bytes.count - 4) {
        for leader in leaders where start + leader.count <= bytes.count {
          if leader.indices.allSatisfy({ bytes[start + $0] == leader[$0] }) { return true }
        }
      }
      return false
    }
  }

  private static func startsWithSectionNumber(_ word: Substring) -> Bool {
    guard let first = word.first, first.isNumber else { return false }
    return word.allSatisfy { $0.isNumber || $0 == "." } && word.count <= 8
  }

  private static func endsWithPageNumber(_ words: [Substring]) -> Bool {
    guard words.count >= 2, let last = words.last else { return false }
    return last.count <= 3 && last.allSatisfy(\.isNumber)
  }

  /// Whether a line is a footnote that names a source: its number, then an
  /// author or body and a comma within the first words ("12 Gemeente Baarn,
  /// Reactienota …", "3 Wonen Zuid, Notulen …"). A sentence that starts with
  /// a number goes on in lower case ("12 bewoners kwamen").
  private static func isSourceNote(_ words: [Substring]) -> Bool {
    guard words.count >= 3, let number = words.first, number.count <= 3,
      number.allSatisfy(\.isNumber), words[1].first?.isUppercase == true
    else { return false }
    return words[1..<min(words.count, 5)].contains { $0.hasSuffix(",") }
  }

  /// Whether a text has at least two letters and no lower-case letter.
  private static func isInCapitals(_ text: String) -> Bool {
    var letters = 0
    for character in text where character.isLetter {
      if character.isLowercase { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// Whether a word is letters with digits glued after them (`INSPRAAK49`),
  /// as a page number stands after a title in contents turned into text.
  private static func endsInGluedNumber(_ word: Substring, minimumDigits: Int = 1) -> Bool {
    let digits = word.reversed().prefix(while: \.isNumber).count
    guard digits >= minimumDigits, digits <= 3, digits < word.count else { return false }
    return word.dropLast(digits).last?.isLetter == true
  }

  private static func endsSentence(_ words: ArraySlice<Substring>) -> Bool {
    guard let last = words.last?.last else { return false }
    return ".!?:;,".contains(last)
  }
}
