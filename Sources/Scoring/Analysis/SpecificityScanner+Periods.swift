// MARK: - Periods

extension SpecificityScanner {
  /// `Q3 (2025)`, `derde kwartaal (2025)`, `najaar (2024)`, `maart 2025`,
  /// `week 12`, a numbered phase (`fase 2`, `Stage 1`), or a recurrence (`jaarlijks`, `elk jaar`, `twee keer per jaar`).
  func period(at index: Int) -> Found? {
    if isWord(index, .season) || isQuarterCode(tokens[index].folded) {
      return withOptionalYear(.period, from: index, to: index)
    }
    if isWord(index, .quarterOrdinal), isWord(index + 1, .quarter) {
      return withOptionalYear(.period, from: index, to: index + 1)
    }
    if isMonth(index), isYear(index + 1), isSpaced(before: index + 1) {
      return span(.period, index, index + 1)
    }
    if tokens[index].folded == "week", let number = plainValue(index + 1),
      (1...53).contains(number)
    {
      return span(.period, index, index + 1)
    }
    // The number first: it rules out nearly every token without hashing it.
    if let number = plainValue(index + 1), (1...20).contains(number),
      SpecificityVocabulary.phaseWords.contains(tokens[index].folded)
    {
      return span(.period, index, index + 1)
    }
    return recurrence(at: index)
  }

  /// `jaarlijks`, `annually`, `elke maand`, `per jaar`, `every year`,
  /// `twee keer per jaar`, `three times a year`, `twice a year`.
  private func recurrence(at index: Int) -> Found? {
    let word = tokens[index].folded
    if tokens[index].isNumber || isWord(index, .numberWord) || word == "een" {
      guard isWord(index + 1, .timesWord), isWord(index + 2, .recurrenceWord),
        isWord(index + 3, .calendarUnit)
      else { return nil }
      return span(.period, index, index + 3)
    }
    if word == "twice" || word == "once" {
      guard isWord(index + 1, .recurrenceWord), isWord(index + 2, .calendarUnit) else {
        return nil
      }
      return span(.period, index, index + 2)
    }
    if isWord(index, .recurrence) { return span(.period, index, index) }
    guard isWord(index, .recurrenceWord), word != "a", word != "an",
      isWord(index + 1, .calendarUnit)
    else { return nil }
    return span(.period, index, index + 1)
  }

  /// Whether `word` is a quarter code: `q1`…`q4`.
  private func isQuarterCode(_ word: String) -> Bool {
    let utf8 = word.utf8
    guard utf8.count == 2, let first = utf8.first, let last = utf8.last else { return false }
    return first == UInt8(ascii: "q") && (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(last)
  }
}

// MARK: - Counts

extension SpecificityScanner {
  /// A whole number or number word followed by a noun-ish word: `120
  /// bewoners`, `drie bijeenkomsten`, `45 responses`; not after a reference
  /// word (`artikel 3 lid 2`), not before a function word or unit (`10 m`).
  func count(at index: Int) -> Found? {
    let token = tokens[index]
    guard isWord(index, .numberWord) || isWholeNumber(token),
      index + 1 < tokens.count, isSpaced(before: index + 1),
      !isWord(index - 1, .referenceWord)
    else { return nil }
    if token.folded == "acht", word(index - 1) == "in" { return nil }
    let next = tokens[index + 1]
    let first = bytes[next.start]
    guard !next.isNumber, next.folded.utf8.count >= 2, !isWord(index + 1, .nonCount),
      !UTF8Text.isASCIIDigit(first), !(first >= 0x41 && first <= 0x5A)
    else { return nil }
    return span(.count, index, index + 1)
  }

  /// Whether a token is a whole number: plain digits, or groups of three
  /// digits after `.` or `,` (`1.500`, `1,500`), but not a year 1990–2099.
  private func isWholeNumber(_ token: Token) -> Bool {
    guard token.isNumber else { return false }
    let groups = token.folded.utf8.split(whereSeparator: { $0 == 0x2E || $0 == 0x2C })
    guard let head = groups.first, groups.dropFirst().allSatisfy({ $0.count == 3 }),
      head.count <= 3 || groups.count == 1
    else { return false }
    if groups.count == 1, head.count == 4, let value = Int(token.folded),
      (1990...2099).contains(value)
    {
      return false
    }
    return true
  }
}
