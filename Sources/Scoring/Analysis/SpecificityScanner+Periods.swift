private typealias Vocabulary = SpecificityVocabulary

// MARK: - Periods

extension SpecificityScanner {
  /// `Q3 (2025)`, `derde kwartaal (2025)`, `najaar (2024)`, `maart 2025`,
  /// `week 12`, or a recurrence (`jaarlijks`, `elk jaar`, `twee keer per jaar`).
  func period(at index: Int) -> Found? {
    let word = tokens[index].folded
    if isQuarterCode(word) || Vocabulary.seasons.contains(word) {
      return withOptionalYear(.period, from: index, to: index)
    }
    if Vocabulary.quarterOrdinals.contains(word), let next = self.word(index + 1),
      Vocabulary.quarters.contains(next) {
      return withOptionalYear(.period, from: index, to: index + 1)
    }
    if isMonth(index), isYear(index + 1), isSpaced(before: index + 1) {
      return span(.period, index, index + 1)
    }
    if word == "week", let number = plainValue(index + 1), (1...53).contains(number) {
      return span(.period, index, index + 1)
    }
    return recurrence(at: index)
  }

  /// `jaarlijks`, `annually`, `elke maand`, `per jaar`, `every year`,
  /// `twee keer per jaar`, `three times a year`, `twice a year`.
  private func recurrence(at index: Int) -> Found? {
    let word = tokens[index].folded
    var unitWord = index + 1
    if tokens[index].isNumber || Vocabulary.numberWords.contains(word) || word == "een" {
      guard let times = self.word(index + 1), Vocabulary.timesWords.contains(times) else {
        return nil
      }
      unitWord = index + 3
      guard let per = self.word(index + 2), Vocabulary.recurrenceWords.contains(per) else {
        return nil
      }
    } else if word == "twice" || word == "once" {
      guard let per = self.word(index + 1), Vocabulary.recurrenceWords.contains(per),
        let unit = self.word(index + 2), Vocabulary.calendarUnits.contains(unit)
      else { return span(.period, index, index) }
      return span(.period, index, index + 2)
    } else if Vocabulary.recurrences.contains(word)
      || Vocabulary.recurrenceSuffixes.contains(where: { word.hasSuffix($0) }) {
      return span(.period, index, index)
    } else if !Vocabulary.recurrenceWords.contains(word) || word == "a" || word == "an" {
      return nil
    }
    guard let unit = self.word(unitWord), Vocabulary.calendarUnits.contains(unit) else {
      return nil
    }
    return span(.period, index, unitWord)
  }

  /// Whether `word` is a quarter code: `q1`…`q4`.
  private func isQuarterCode(_ word: String) -> Bool {
    let bytes = Array(word.utf8)
    return bytes.count == 2 && bytes[0] == UInt8(ascii: "q")
      && (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(bytes[1])
  }
}

// MARK: - Counts

extension SpecificityScanner {
  /// A whole number or number word followed by a noun-ish word: `120
  /// bewoners`, `drie bijeenkomsten`, `45 responses`; not after a reference
  /// word (`artikel 3 lid 2`), not before a function word or unit (`10 m`).
  func count(at index: Int) -> Found? {
    let token = tokens[index]
    guard isWholeNumber(token) || Vocabulary.numberWords.contains(token.folded),
      index + 1 < tokens.count, isSpaced(before: index + 1)
    else { return nil }
    if let previous = word(index - 1), Vocabulary.referenceWords.contains(previous) {
      return nil
    }
    if token.folded == "acht", word(index - 1) == "in" { return nil }
    let next = tokens[index + 1]
    let first = bytes[next.start]
    guard !next.isNumber, next.folded.utf8.count >= 2,
      !Vocabulary.nonCountWords.contains(next.folded),
      !UTF8Text.isASCIIDigit(first), !(first >= 0x41 && first <= 0x5A)
    else { return nil }
    return span(.count, index, index + 1)
  }

  /// Whether a token is a whole number: plain digits, or groups of three
  /// digits after `.` or `,` (`1.500`, `1,500`), but not a year 1990–2099.
  private func isWholeNumber(_ token: Token) -> Bool {
    guard token.isNumber else { return false }
    let groups = token.folded.split(whereSeparator: { $0 == "." || $0 == "," })
    guard groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0].count <= 3 || groups.count == 1
    else { return false }
    if groups.count == 1, token.folded.count == 4, let value = Int(token.folded),
      (1990...2099).contains(value) {
      return false
    }
    return true
  }
}
